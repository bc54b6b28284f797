import { directionNear } from './direction.js';
import type { PairRule } from './pairs.js';
import { type SentenceRefiner, startOf } from './refined.js';

/** Marks that join two figures into a range when each carries its own unit: `40%–50%`, `40% to 50%`. */
const RANGE_JOINERS = new Set(['-', '\u2013', '\u2014', 'to']);

/**
 * `40%–50%`, `$5 million to $7 million`, `between $5 billion and $7 billion annually`: two figures
 * of one kind and unit, joined and in order, are the two ends of one range, sharing its period.
 * After `from` the same words state a change (`fromTo`).
 */
export const ranges: PairRule = ({ tokens, a, b, cue, joiner }) => {
  if (a.kind !== b.kind || joiner === null) return;
  if (cue === 'between' && joiner === 'and') {
    if (typeof a.value === 'number' && typeof b.value === 'number' && a.value < b.value) {
      a.range = { low: a.value, high: b.value };
      b.range = a.range;
      a.per ??= b.per;
    }
    return;
  }
  if (a.range || b.range || a.unit !== b.unit || a.kind === 'date' || a.kind === 'duration') return;
  if (!RANGE_JOINERS.has(joiner) || typeof a.value !== 'number' || typeof b.value !== 'number' || a.value >= b.value)
    return;
  // `rose 2% to 7%`, `from 25% to 15%`, `by 2 points to 45%`: a change and where it ends, not a range.
  if (cue === 'from') return;
  if (
    joiner === 'to' &&
    (cue === 'by' || directionNear(tokens, Math.max(0, startOf(a) - 2), startOf(a) - 1) !== 'unknown')
  )
    return;
  a.range = { low: a.value, high: b.value };
  b.range = a.range;
};

/**
 * The ends of a range bound the quantity (`between 45,000 and 50,000`): the low end says at
 * least, the high end up to. A figure with a hedge of its own keeps it.
 */
export const rangeBounds: SentenceRefiner = (_tokens, figures) => {
  for (const r of figures) {
    if (!r.range || r.hedge !== 'none' || r.kind === 'date') continue;
    if (r.value === r.range.low) r.hedge = 'at-least';
    else if (r.value === r.range.high) r.hedge = 'up-to';
  }
};
