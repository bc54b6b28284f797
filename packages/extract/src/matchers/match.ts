import type { ClaimKind, CurrencySource, DateResolution, Precision, Range } from '@factledger/core';
import { TENS, UNITS, YEAR } from '@factledger/core/en';
import type { Anchor } from '../anchor.js';
import { type NumberMatch, readNumber, splitNumberWord } from '../numbers.js';
import type { Token } from '../tokens.js';

/** A figure found by a matcher, over tokens `[start, end)` of one sentence. */
export interface Match {
  kind: ClaimKind;
  start: number;
  end: number;
  value: number | string | null;
  unit: string | null;
  precision: Precision;
  range?: Range;
  date?: DateResolution;
  /**
   * `the next year`, `the previous year`: a year counted from the date the text last
   * mentioned, not from the publication date; resolved once the claims before it are known.
   */
  discourseYears?: number;
  /**
   * `on 15 January`, `In February`: a month (and day) written without a year, which belongs to the
   * year the text is talking about; resolved once the dates before it are known.
   */
  yearless?: { month: number; day?: number };
  /** `the first anniversary of the quake`: `years` after the date of the event the text names `of`. */
  anniversary?: { years: number; of?: string };
  /** Money written with a bare `$` or `dollars`: which dollar it is, the article says (or not). */
  bareDollar?: boolean;
  /** Money: where its currency came from, once the article has been read (`text` unless a bare dollar). */
  currencyFrom?: CurrencySource;
}

export interface MatchContext {
  tokens: Token[];
  anchor: Anchor | undefined;
}

/**
 * Where a matcher's figures can begin. The scanner indexes the starts of every matcher once and,
 * at each token, tries only the matchers that can begin there: most words of a text begin no figure.
 */
export interface Starts {
  /** Lower-case words; a possessive is read without its `'s` (`Monday's`). */
  readonly words?: Iterable<string>;
  /** Tokens no word list names (digits, signs, glued number words); asked once per token, however many matchers share it. */
  readonly test?: (t: Token) => boolean;
}

/** A rule that reads one kind of figure: it looks at token `i` and returns the figure starting there, or null to pass. */
export interface Matcher {
  readonly name: string;
  /** Every token the rule can match at; it is tried nowhere else. */
  readonly starts: readonly Starts[];
  readonly match: (context: MatchContext, i: number) => Match | null;
}

const isNumberToken = (t: Token): boolean => t.type === 'number';

/** Digits. */
export const DIGITS: Starts = { test: isNumberToken };

/**
 * Where `readNumber` can begin: digits, a spelled number (`twenty`), `a`/`an` before a scale or a
 * fraction (`a million`, `a third`), and number words glued together (`twentyfive`, `onequarter`).
 */
export const NUMBER_STARTS: Starts = {
  words: [...Object.keys(UNITS), ...Object.keys(TENS), 'a', 'an'],
  test: (t) => t.type === 'number' || (t.type === 'word' && t.lower.length > 5 && splitNumberWord(t.lower) !== null),
};

/**
 * The place value of the last digit the writer committed to. Trailing zeros of a whole number are
 * taken as rounding when the figure is large or scaled — `$600 million` is stated to the hundred
 * million, `12,400` to the hundred, as `$5 billion` is to the billion — but not in small figures,
 * where `10%` or `300 seats` are as exact as `11%` or `301 seats`.
 */
export function numberPrecision(n: NumberMatch): Precision {
  const scale = n.scale >= 1e3 ? n.scale : 1;
  const mantissa = Math.round(n.value / scale);
  let step = 10 ** -n.decimals * scale;
  if (n.decimals === 0 && (scale > 1 || mantissa >= 1000) && mantissa !== 0) {
    for (let m = mantissa; m % 10 === 0; m /= 10) step *= 10;
  }
  return { step };
}

const isYearLike = (t: Token | undefined): boolean => !!t && YEAR.test(t.text);

export const word = (tokens: Token[], i: number): string | undefined => tokens[i]?.lower;

/**
 * Reads a number, and a second one when the text joins them into a range whose unit
 * or scale is written once for both (`1-2 billion`, `5 to 7`, `three-to-five`).
 * `sign` is a currency sign allowed again before the second number (`$1-$2 billion`).
 */
export function readRange(
  tokens: Token[],
  i: number,
  sign?: string,
): { low: NumberMatch; high?: NumberMatch; end: number } | null {
  const low = readNumber(tokens, i);
  if (!low || low.fraction) return null;
  // `$600 million to $1 billion` writes each end in full: a pair (a change), not one range.
  if (low.scale > 1) return { low, end: low.end };
  const between = word(tokens, i - 1) === 'between';
  let j = low.end;
  // Joiners: `-`, `to`, `-to-` (`three-to-five`), and `and` after `between`.
  if (tokens[j]?.text === '-' && word(tokens, j + 1) === 'to' && tokens[j + 2]?.text === '-') j += 3;
  else if (tokens[j]?.text === '-' || word(tokens, j) === 'to' || (between && word(tokens, j) === 'and')) j++;
  else return { low, end: low.end };
  if (sign && tokens[j]?.text === sign) j++;
  const high = readNumber(tokens, j);
  if (!high || high.fraction || high.value === low.value) return { low, end: low.end };
  // `between 2020 and 2022` are two dates, not a count from 2,020 to 2,022.
  if (isYearLike(tokens[i]) && isYearLike(tokens[j])) return { low, end: low.end };
  // `$1-2 billion`: the scale written once belongs to both ends.
  // (A copy: `readNumber`'s results are shared by every matcher that reads at the token.)
  const scaled =
    low.scale === 1 && high.scale > 1 && low.value * high.scale <= high.value
      ? { ...low, value: low.value * high.scale, scale: high.scale }
      : low;
  if (high.value < scaled.value) return { low, end: low.end };
  return { low: scaled, high, end: high.end };
}
