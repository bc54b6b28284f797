import { SCALES, SHORT_SCALES } from '@factledger/core/en';
import type { Match } from '../matchers/match.js';
import type { Token } from '../tokens.js';
import { directionNear } from './direction.js';
import type { PairRule } from './pairs.js';
import { type Refined, startOf } from './refined.js';

const scaleWord = (tokens: Token[], m: Match): string | undefined =>
  tokens.slice(m.start, m.end).find((t) => t.lower in SCALES || t.lower in SHORT_SCALES)?.lower;

/**
 * `from €100 million to €120 million`: a pair written in the same unit and scale is stated to the
 * same resolution, so the round end is as exact as its partner. (`from $600 million to $1 billion`
 * changes scale, and each end keeps its own.)
 */
function sharePrecision(tokens: Token[], a: Refined, b: Refined): void {
  const sa = a.precision.step;
  const sb = b.precision.step;
  if (sa === undefined || sb === undefined || a.unit !== b.unit || scaleWord(tokens, a) !== scaleWord(tokens, b))
    return;
  const step = Math.min(sa, sb);
  a.precision = { ...a.precision, step };
  b.precision = { ...b.precision, step };
}

/** `from $600 million to $1 billion`: a pair of the same kind, each knowing the other, and which way it went. */
export const fromTo: PairRule = ({ tokens, a, b, cue, joiner }) => {
  if (a.kind !== b.kind || cue !== 'from' || joiner !== 'to') return;
  const from = a.value as number;
  const to = b.value as number;
  let direction = directionNear(tokens, Math.max(0, startOf(a) - 8), startOf(a) - 2);
  if (direction === 'unknown' && typeof from === 'number' && typeof to === 'number' && from !== to)
    direction = to > from ? 'increase' : 'decrease';
  a.change = { direction, from, to };
  b.change = { direction, from, to };
  sharePrecision(tokens, a, b);
};
