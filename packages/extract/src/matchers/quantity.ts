import { MONTHS, ORDINALS, TIME_UNITS } from '@factledger/core/en';
import { readNumber } from '../numbers.js';
import type { Token } from '../tokens.js';
import {
  DIGITS,
  type Match,
  type MatchContext,
  type Matcher,
  NUMBER_STARTS,
  numberPrecision,
  readRange,
  word,
} from './match.js';

/** Words before a spelled ordinal that make it one: `the seventh round`, `a second term`, `its tenth`. */
const ORDINAL_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'this',
  'that',
  'every',
  'each',
]);

/**
 * `10th`, `2nd`, and spelled ordinals after a determiner (`the seventh round`). `first` is left
 * out: it is an adverb and an idiom far more often than a figure anyone checks.
 */
const readOrdinal = ({ tokens }: MatchContext, i: number): Match | null => {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const n = t.type === 'number' && /^\d+$/.test(t.text) ? readNumber(tokens, i) : null;
  if (n && n.end === i + 1 && next?.glued && /^(st|nd|rd|th)$/.test(next.lower)) {
    return {
      kind: 'ordinal',
      start: i,
      end: i + 2,
      value: n.value,
      unit: unitAfter(tokens, i + 2),
      precision: { step: 1 },
    };
  }
  const value = ORDINALS[t.lower];
  if (value === undefined || value === 1) return null;
  // `the seventh round`: a determiner before and a word after (`for a second` is a unit of time).
  if (!ORDINAL_DETERMINERS.has(word(tokens, i - 1) ?? '') || next?.type !== 'word') return null;
  return { kind: 'ordinal', start: i, end: i + 1, value, unit: unitAfter(tokens, i + 1), precision: { step: 1 } };
};

/** `70 years`, `seven decades`, `a five-year term`, `three-to-five year deals`. */
const readDuration = ({ tokens }: MatchContext, i: number): Match | null => {
  const range = readRange(tokens, i);
  if (!range) return null;
  let j = range.end;
  const hyphenated = tokens[j]?.text === '-';
  if (hyphenated) j++;
  const unit = TIME_UNITS[word(tokens, j) ?? ''];
  if (!unit) return null;
  // `a 45-year-old man` states an age, which is no figure of the kinds a ledger holds.
  if (hyphenated && tokens[j + 1]?.text === '-' && word(tokens, j + 2) === 'old') return null;
  // `one-quarter` and `a quarter of` are shares, read by the percent matcher.
  if (unit === 'quarter' && (hyphenated || word(tokens, j + 1) === 'of')) return null;
  const match: Match = {
    kind: 'duration',
    start: i,
    end: j + 1,
    value: range.low.value,
    unit,
    precision: numberPrecision(range.low),
  };
  if (range.high) match.range = { low: range.low.value, high: range.high.value };
  return match;
};

/** A number that counts something: `1,140 teachers`, `two officials`, `435 seats`. */
const readCount = ({ tokens }: MatchContext, i: number): Match | null => {
  const range = readRange(tokens, i);
  if (!range) return null;
  // `the two sides`, `the three countries`: a small spelled number after `the` points back at things
  // already named; it states no figure anyone would check.
  if (range.low.spelled && range.low.value <= 12 && word(tokens, i - 1) === 'the') return null;
  // `7-9 March`: days of a month, read by the date matcher.
  const after = tokens[range.end];
  if (range.high && after?.type === 'word' && after.lower in MONTHS && /^\p{Lu}/u.test(after.text)) return null;
  const match: Match = {
    kind: 'count',
    start: i,
    end: range.end,
    value: range.low.value,
    unit: unitAfter(tokens, range.end),
    precision: numberPrecision(range.low),
  };
  if (range.high) match.range = { low: range.low.value, high: range.high.value };
  return match;
};

/** A first guess at the counted noun, refined with compromise where the sentence is parsed. */
function unitAfter(tokens: Token[], j: number): string | null {
  const t = tokens[j];
  return t?.type === 'word' && /^\p{Ll}/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) ? t.lower : null;
}

/**
 * Words after a number that never name what it counts (`voted 9 to 4`, `more than 600 in`). Not
 * identifier.ts's FUNCTION_WORDS, which are words before a number that open a sentence rather than
 * name a thing: after a number, verbs and pronouns (`600 were`, `9 they`) end the phrase too.
 */
export const FUNCTION_WORDS = new Set([
  'to',
  'in',
  'of',
  'on',
  'at',
  'for',
  'from',
  'by',
  'with',
  'against',
  'and',
  'or',
  'but',
  'the',
  'a',
  'an',
  'than',
  'as',
  'per',
  'into',
  'over',
  'under',
  'after',
  'before',
  'since',
  'until',
  'is',
  'are',
  'was',
  'were',
  'that',
  'who',
  'which',
  'this',
  'these',
  'those',
  'it',
  'they',
  'he',
  'she',
  'we',
  'were',
  'had',
  'has',
  'have',
  'will',
  'would',
]);

/** Ordinals: `10th`, `the seventh round`. */
export const ordinal: Matcher = {
  name: 'ordinal',
  starts: [DIGITS, { words: Object.keys(ORDINALS) }],
  match: readOrdinal,
};

/** Spans of time: `70 years`, `a five-year term`. */
export const duration: Matcher = { name: 'duration', starts: [NUMBER_STARTS], match: readDuration };

/** Counts: `1,140 teachers`, `two officials`. */
export const count: Matcher = { name: 'count', starts: [NUMBER_STARTS], match: readCount };
