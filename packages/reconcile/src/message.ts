import type { Claim } from '@factledger/core';
import type { Fact } from '@factledger/ledger';
import type { ArticleSource } from './finding.js';
import { rangeHedge } from './reading.js';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function trim(n: number, digits = 4): string {
  return String(Number(n.toPrecision(digits)));
}

/** `1.97 billion EUR`, `5.4%`, `3x`, `14 ferries`: a value for a message. */
export function formatValue(value: number | string, unit: string | null | undefined): string {
  if (typeof value === 'string') return value;
  if (unit === '%') return `${trim(value)}%`;
  if (unit === 'x') return `${trim(value, 3)}x`;
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${trim(value / size)} ${word}${unit ? ` ${unit}` : ''}`;
  }
  return `${trim(value, 6)}${unit ? ` ${unit}` : ''}`;
}

export function formatGap(gap: number): string {
  return `${Number((gap * 100).toPrecision(2))}%`;
}

/** The claim as the article words it: hedge and figure, whitespace collapsed. */
export function quote(claim: Claim): string {
  const text = claim.hedgeText ? `${claim.hedgeText} ${claim.text}` : claim.text;
  return `"${text.replace(/\s+/g, ' ')}"`;
}

/** `Bloomberg, articles/a.md:12:45`: where a claim was published. */
export function place(claim: Claim, source: ArticleSource | undefined): string {
  const at = `${claim.document}:${claim.position.start.line}:${claim.position.start.column}`;
  return source?.outlet ? `${source.outlet}, ${at}` : at;
}

/** `ledger fact budget-2024, Alder Courier`: a fact with its first source. */
export function factName(fact: Fact): string {
  const outlet = fact.sources?.[0]?.outlet;
  return outlet ? `ledger fact ${fact.id}, ${outlet}` : `ledger fact ${fact.id}`;
}

/** How a rounded claim holds the value it is compared with: by its rounding, or by its hedge. */
export function roundedThrough(claim: Claim): string {
  return rangeHedge(claim.hedge, claim.range) === 'none'
    ? 'as a rounding'
    : `through the hedge "${claim.hedgeText ?? claim.hedge}"`;
}

/** How a hedge bends the figure, for the message of a rounded or conflicting claim. */
export function hedgeWords(claim: Claim): string {
  switch (rangeHedge(claim.hedge, claim.range)) {
    case 'none':
      return 'as a rounding';
    case 'nearly':
      return `within "${claim.hedgeText ?? 'nearly'}" (just below)`;
    default:
      return `within "${claim.hedgeText ?? claim.hedge}"`;
  }
}
