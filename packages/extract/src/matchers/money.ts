import {
  CURRENCY_ABBREVIATIONS,
  CURRENCY_ADJECTIVES,
  CURRENCY_CODES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  SUBUNITS,
} from '@factledger/core/en';
import type { Token } from '../tokens.js';
import { type Match, type MatchContext, type Matcher, NUMBER_STARTS, numberPrecision, readRange } from './match.js';

/** A currency written before the number: `$`, `US$`, `€`, `KRW`. Returns the code and where the number starts. */
function prefixCurrency(tokens: Token[], i: number): { code: string; next: number; sign?: string } | null {
  const t = tokens[i] as Token;
  const sign = CURRENCY_SIGNS[t.text];
  if (sign) return { code: sign, next: i + 1, sign: t.text };
  if (t.type !== 'word') return null;
  const after = tokens[i + 1];
  const abbreviation = CURRENCY_ABBREVIATIONS[t.lower];
  if (abbreviation && /^\p{Lu}/u.test(t.text)) {
    const next = after?.text === '.' ? i + 2 : i + 1;
    if (tokens[next]?.type === 'number') return { code: abbreviation, next };
  }
  const prefixed = DOLLAR_PREFIXES[t.lower];
  if (prefixed && after?.text === '$' && after.glued) return { code: prefixed, next: i + 2, sign: '$' };
  // Codes are upper case as written: `JPY 1.25 trillion`, never the word `eur`.
  if (t.text.length === 3 && t.text === t.lower.toUpperCase() && CURRENCY_CODES.has(t.text) && after?.type === 'number')
    return { code: t.text === 'RMB' ? 'CNY' : t.text, next: i + 1 };
  return null;
}

/** A currency written after the number: `won`, `euros`, `US dollars`, `EUR`. Returns the code and the end. */
function suffixCurrency(tokens: Token[], j: number): { code: string; end: number; bare?: boolean } | null {
  const t = tokens[j];
  if (t?.type !== 'word') return null;
  if (t.text.length === 3 && t.text === t.lower.toUpperCase() && CURRENCY_CODES.has(t.text))
    return { code: t.text === 'RMB' ? 'CNY' : t.text, end: j + 1 };
  // `won`, or capitalised words naming the currency's country before it: `US dollars`, `Hong Kong dollars`.
  for (let k = j; k < j + 3; k++) {
    const w = tokens[k];
    if (w?.type !== 'word') return null;
    const code = CURRENCY_WORDS[w.lower];
    if (code) {
      const adjective = k > j ? CURRENCY_ADJECTIVES[(tokens[k - 1] as Token).lower] : undefined;
      if (k > j && !adjective) return null;
      return { code: adjective && code === 'USD' ? adjective : code, end: k + 1, bare: !adjective && code === 'USD' };
    }
    if (!/^\p{Lu}/u.test(w.text)) return null;
  }
  return null;
}

const readMoney = ({ tokens }: MatchContext, i: number): Match | null => {
  const prefix = prefixCurrency(tokens, i);
  if (prefix) {
    const range = readRange(tokens, prefix.next, prefix.sign);
    if (!range || range.low.start !== prefix.next) return null;
    // `$5 billion dollars` is still one figure.
    const trailing = suffixCurrency(tokens, range.end);
    const match = build(i, trailing && trailing.code === prefix.code ? trailing.end : range.end, prefix.code, range);
    // `$5 billion` or `$5 billion dollars` names no country: the article settles which dollar it is.
    if ((tokens[i] as Token).text === '$' && (!trailing || trailing.code !== prefix.code || trailing.bare))
      match.bareDollar = true;
    return match;
  }
  const range = readRange(tokens, i);
  if (!range) return null;
  const subunit = SUBUNITS[tokens[range.end]?.lower ?? ''];
  if (subunit) {
    const match = build(i, range.end + 1, subunit.code, range);
    if (subunit.code === 'USD') match.bareDollar = true;
    return scaled(match, subunit.factor);
  }
  const suffix = suffixCurrency(tokens, range.end);
  if (!suffix) return null;
  const match = build(i, suffix.end, suffix.code, range);
  if (suffix.bare) match.bareDollar = true;
  return match;
};

/** `62 cents` → 0.62 USD, keeping the stated precision in the main unit. */
function scaled(match: Match, factor: number): Match {
  const round = (n: number) => Math.round(n * factor * 1e6) / 1e6;
  match.value = round(match.value as number);
  if (match.precision.step !== undefined) match.precision = { step: match.precision.step * factor };
  if (match.range) match.range = { low: round(match.range.low), high: round(match.range.high) };
  return match;
}

function build(start: number, end: number, code: string, range: NonNullable<ReturnType<typeof readRange>>): Match {
  const match: Match = {
    kind: 'money',
    start,
    end,
    value: range.low.value,
    unit: code,
    precision: numberPrecision(range.low),
  };
  if (range.high) match.range = { low: range.low.value, high: range.high.value };
  return match;
}

/** Money: a number with a currency before it (`$5 billion`, `US$`, `KRW 1 trillion`, `Rs 500`) or after it (`300 euros`, `62 cents`). */
export const money: Matcher = {
  name: 'money',
  starts: [
    NUMBER_STARTS,
    { words: [...Object.keys(DOLLAR_PREFIXES), ...Object.keys(CURRENCY_ABBREVIATIONS)] },
    {
      test: (t) =>
        (t.type === 'symbol' && t.text in CURRENCY_SIGNS) || (t.text.length === 3 && CURRENCY_CODES.has(t.text)),
    },
  ],
  match: readMoney,
};
