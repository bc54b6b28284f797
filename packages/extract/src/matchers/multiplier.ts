import { BARE_MULTIPLIERS, MODALS, MULTIPLYING_VERBS } from '@factledger/core/en';
import { readNumber, splitNumberWord } from '../numbers.js';
import { type Match, type MatchContext, type Matcher, NUMBER_STARTS, numberPrecision, word } from './match.js';

/** Comparisons that make `N times` a multiplier (`three times as much`, `five times higher`), not a count of events. */
const TIMES_FOLLOWERS = new Set([
  'as',
  'more',
  'less',
  'higher',
  'lower',
  'larger',
  'smaller',
  'bigger',
  'greater',
  'faster',
  'slower',
  'the',
  'that',
  'than',
  'over',
  'what',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

const readMultiplier = ({ tokens }: MatchContext, i: number): Match | null => {
  const t = tokens[i];
  if (!t) return null;
  const verb = MULTIPLYING_VERBS[t.lower];
  if (verb !== undefined) {
    return { kind: 'multiplier', start: i, end: i + 1, value: verb, unit: 'x', precision: { step: 1 } };
  }
  // `twice as much`, `double the damage`, `to double`: a multiplier when it compares or is the verb.
  const bare = BARE_MULTIPLIERS[t.lower];
  if (bare !== undefined) {
    const next = word(tokens, i + 1) ?? '';
    const before = word(tokens, i - 1) ?? '';
    const compares = TIMES_FOLLOWERS.has(next);
    const verbUse = t.lower !== 'twice' && (MODALS.has(before) || before === 'to') && tokens[i + 1]?.text !== '-';
    if (compares || verbUse) {
      return { kind: 'multiplier', start: i, end: i + 1, value: bare, unit: 'x', precision: { step: 1 } };
    }
  }
  // `fivefold`, `tenfold`: one word.
  if (t.type === 'word' && t.lower.endsWith('fold') && t.lower.length > 4) {
    const parts = splitNumberWord(t.lower.slice(0, -4));
    if (parts) {
      const value = spelledValue(parts);
      if (value) return { kind: 'multiplier', start: i, end: i + 1, value, unit: 'x', precision: { step: 1 } };
    }
  }
  const n = readNumber(tokens, i);
  if (!n || n.fraction) return null;
  let j = n.end;
  if (tokens[j]?.text === '-') j++;
  const next = tokens[j];
  if (!next) return null;
  if (next.lower === 'fold' || (next.lower === 'x' && next.glued && j === n.end)) {
    return { kind: 'multiplier', start: i, end: j + 1, value: n.value, unit: 'x', precision: numberPrecision(n) };
  }
  if (next.lower === 'times' && j === n.end && TIMES_FOLLOWERS.has(word(tokens, j + 1) ?? '')) {
    return { kind: 'multiplier', start: i, end: j + 1, value: n.value, unit: 'x', precision: numberPrecision(n) };
  }
  return null;
};

function spelledValue(parts: string[]): number | undefined {
  const tokens = parts.map((p, k) => ({ text: p, lower: p, start: k, end: k, type: 'word' as const, glued: false }));
  return readNumber(tokens, 0)?.value;
}

/** Multipliers: `three times as much`, `fivefold`, `3x`, `doubled`, `twice as many`. */
export const multiplier: Matcher = {
  name: 'multiplier',
  starts: [
    NUMBER_STARTS,
    { words: [...Object.keys(MULTIPLYING_VERBS), ...Object.keys(BARE_MULTIPLIERS)] },
    { test: (t) => t.type === 'word' && t.lower.endsWith('fold') },
  ],
  match: readMultiplier,
};
