import { dirname, relative } from 'node:path';
import type { Claim } from '@factledger/core';
import type { ArticleSource } from './finding.js';
import { rangeHedge } from './reading.js';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** The periods a rate is read "a year", as a reader says it; any other is "per hour". */
const A_PER = new Set(['year', 'quarter', 'month', 'week', 'day']);

// One formatter for every message: `toLocaleString` with options builds a new one each call, which
// was a tenth of a check's time and native memory the heap never sees.
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

function trim(n: number, digits = 4): string {
  return GROUPED.format(Number(n.toPrecision(digits)));
}

const symbols = new Map<string, string>();

/**
 * `€`, `$`, `NOK`: the sign a reader knows for an ISO currency code. Intl's `symbol` display, not
 * `narrowSymbol`: the narrow `kr` is Norway's, Sweden's and Denmark's alike and `$` is five
 * countries', while `symbol` keeps a narrow sign only where it names one currency (`€`, `£`) and
 * otherwise gives `CA$` or the code itself.
 */
function currencySymbol(code: string): string | undefined {
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  let symbol = symbols.get(code);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code }).formatToParts(1);
      symbol = parts.find((p) => p.type === 'currency')?.value ?? code;
    } catch {
      symbol = code;
    }
    symbols.set(code, symbol);
  }
  return symbol;
}

/** `120 million`, `1.97 billion`, `9,500`: a number as a news story writes it. */
function amount(value: number): string {
  const size = Math.abs(value);
  for (const [scale, word] of SCALES) if (size >= scale) return `${trim(size / scale)} ${word}`;
  return trim(size, 6);
}

/**
 * A value as an article would write it, for every message and report that shows one:
 * `€120 million a year`, `NOK 1.38 billion`, `20%`, `3×`, `14 ferries`; a date as the ledger has it.
 */
export function formatValue(value: number | string, unit?: string | null, per?: string | null): string {
  if (typeof value === 'string') return value;
  const sign = value < 0 ? '-' : '';
  let text: string;
  if (unit === '%') text = `${sign}${trim(Math.abs(value))}%`;
  else if (unit === 'x') text = `${sign}${trim(Math.abs(value), 3)}×`;
  else {
    const symbol = unit ? currencySymbol(unit) : undefined;
    const number = amount(value);
    if (symbol === undefined) text = `${sign}${number}${unit ? ` ${unit}` : ''}`;
    // A sign of letters only (`NOK`, `CHF`) needs a space before the number; `€` and `CA$` do not.
    else text = /\p{L}$/u.test(symbol) ? `${sign}${symbol} ${number}` : `${sign}${symbol}${number}`;
  }
  if (!per) return text;
  return `${text} ${A_PER.has(per) ? `a ${per}` : `per ${per}`}`;
}

export function formatGap(gap: number): string {
  return `${Number((gap * 100).toPrecision(2))}%`;
}

/** The claim as the article words it: hedge and figure, whitespace collapsed. */
export function quote(claim: Claim): string {
  const text = claim.hedgeText ? `${claim.hedgeText} ${claim.text}` : claim.text;
  return `"${text.replace(/\s+/g, ' ')}"`;
}

/**
 * `Coast Wire, coast-wire.md:17:26`: where another claim was published, seen from the article a
 * message is about — its row already names that article, so the path is relative to its folder.
 */
export function placeFrom(from: Claim, claim: Claim, source: ArticleSource | undefined): string {
  const file = claim.document === from.document ? claim.document : relative(dirname(from.document), claim.document);
  const at = `${file}:${claim.position.start.line}:${claim.position.start.column}`;
  return source?.outlet ? `${source.outlet}, ${at}` : at;
}

/** How a rounded claim holds the value it is compared with: by its rounding, or by its hedge. */
export function roundedThrough(claim: Claim): string {
  return rangeHedge(claim.hedge, claim.range) === 'none'
    ? 'as a rounding'
    : `through "${claim.hedgeText ?? claim.hedge}"`;
}
