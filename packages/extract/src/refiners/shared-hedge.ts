import { word } from '../matchers/match.js';
import type { PairRule } from './pairs.js';
import { CLAUSE_BREAKS, startOf } from './refined.js';

/** How many words may stand between a hedged figure and the `and` of its parallel figure. */
const SHARED_HEDGE_REACH = 4;

/**
 * `roughly €4.2 million for roads and €1.8 million for parks`: a hedge before the first of two
 * figures of one kind and unit, joined by `and` within a short clause, qualifies both.
 */
export const sharedHedge: PairRule = ({ tokens, a, b }) => {
  if (a.hedge === 'none' || b.hedge !== 'none' || a.range || a.kind !== b.kind || a.unit !== b.unit) return;
  if (a.kind !== 'money' && a.kind !== 'percent') return;
  const and = startOf(b) - 1;
  if (word(tokens, and) !== 'and' || and - a.end > SHARED_HEDGE_REACH) return;
  for (let k = a.end; k < and; k++) if (tokens[k]?.type !== 'word' || CLAUSE_BREAKS.has(word(tokens, k) ?? '')) return;
  b.hedge = a.hedge;
};
