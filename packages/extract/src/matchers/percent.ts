import { ORDINALS } from '@factledger/core/en';
import { readNumber } from '../numbers.js';
import type { Token } from '../tokens.js';
import {
  type Match,
  type MatchContext,
  type Matcher,
  NUMBER_STARTS,
  numberPrecision,
  readRange,
  word,
} from './match.js';
import { ratePoints } from './rate-points.js';

/** The percent sign or word after a number: returns the unit and where it ends. */
function percentUnit(tokens: Token[], j: number): { unit: string; end: number } | null {
  // `a 12-percent rise`: the hyphen of a compound adjective joins the number to its unit.
  if (tokens[j]?.text === '-' && tokens[j]?.glued && tokens[j + 1]?.glued && word(tokens, j + 1) !== 'percentage') {
    const w = word(tokens, j + 1);
    if (w === 'percent' || w === 'pct' || w === 'per') j++;
  }
  const t = tokens[j];
  if (!t) return null;
  if (t.text === '%') return { unit: '%', end: j + 1 };
  if (t.lower === 'percent' || t.lower === 'pct') return { unit: '%', end: j + 1 };
  if (t.lower === 'per' && word(tokens, j + 1) === 'cent') return { unit: '%', end: j + 2 };
  // A change in a rate: `2 percentage points` is not 2 percent of anything.
  if (t.lower === 'percentage') {
    let k = j + 1;
    if (tokens[k]?.text === '-') k++;
    if (word(tokens, k) === 'point' || word(tokens, k) === 'points') return { unit: 'pp', end: k + 1 };
  }
  return ratePoints(tokens, j);
}

/**
 * A fraction as a percentage, computed from its numerator so that `two thirds` is the double
 * nearest 200/3 (66.666…67), not a rounded 66.6667; the precision step (100 / denominator) says
 * the writer stated thirds.
 */
function exactShare(fraction: number, denominator: number): number {
  return (Math.round(fraction * denominator) * 100) / denominator;
}

/** Words after a spelled fraction that make it a share of a whole (`three-quarters of`, `a third (33%)`). */
const SHARE_FOLLOWERS = new Set(['of', '(']);

/** `one in four adults`: a share written as a ratio, 25%. */
function ratioShare(tokens: Token[], i: number): Match | null {
  const n = readNumber(tokens, i);
  if (!n || n.fraction || n.scale > 1 || n.value < 1 || n.value > 10 || word(tokens, n.end) !== 'in') return null;
  const d = readNumber(tokens, n.end + 1);
  if (!d || d.fraction || d.scale > 1 || d.value <= n.value || d.value > 1000) return null;
  if (tokens[d.end]?.type !== 'word') return null;
  return {
    kind: 'percent',
    start: i,
    end: d.end,
    value: (n.value * 100) / d.value,
    unit: '%',
    precision: { step: 100 / d.value },
  };
}

/** `half of the voters`, `nearly half the budget`; `the first half of 2024` is a period, not a share. */
function halfShare(tokens: Token[], i: number): Match | null {
  if (word(tokens, i) !== 'half') return null;
  const next = word(tokens, i + 1);
  if (next !== 'of' && next !== 'the') return null;
  if (ORDINALS[word(tokens, i - 1) ?? ''] !== undefined || word(tokens, i - 1) === 'a') return null;
  return { kind: 'percent', start: i, end: i + 1, value: 50, unit: '%', precision: { step: 50 } };
}

const readPercent = ({ tokens }: MatchContext, i: number): Match | null => {
  const share = ratioShare(tokens, i) ?? halfShare(tokens, i);
  if (share) return share;
  const n = readNumber(tokens, i);
  if (n?.fraction) {
    // A spelled fraction is a share when its numerator is written (`three-quarters`, `onequarter`)
    // or, after `a`, when `of` follows (`a third of voters`); `a third round` is an ordinal.
    const article = (tokens[i] as Token).lower === 'a' || (tokens[i] as Token).lower === 'an';
    if (article && !SHARE_FOLLOWERS.has(tokens[n.end]?.lower ?? '')) return null;
    return {
      kind: 'percent',
      start: i,
      end: n.end,
      value: exactShare(n.value, n.denominator ?? 1),
      unit: '%',
      precision: { step: 100 / (n.denominator ?? 1) },
    };
  }
  const range = readRange(tokens, i);
  if (!range) return null;
  let unit = percentUnit(tokens, range.end);
  let end = unit?.end ?? range.end;
  if (!unit && range.high) {
    // `5% to 7%`: each end carries its own sign.
    return null;
  }
  if (!unit) {
    unit = percentUnit(tokens, range.low.end);
    if (!unit) return null;
    end = unit.end;
  }
  const match: Match = {
    kind: 'percent',
    start: i,
    end,
    value: range.low.value,
    unit: unit.unit,
    precision: numberPrecision(range.low),
  };
  if (range.high) match.range = { low: range.low.value, high: range.high.value };
  return match;
};

/** Percentages and points: `7.3%`, `12 percent`, `2.4 pp`, `50 basis points`, `two thirds`, `one in five`, `half of`. */
export const percent: Matcher = { name: 'percent', starts: [NUMBER_STARTS, { words: ['half'] }], match: readPercent };
