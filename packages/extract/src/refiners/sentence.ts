import type { Match } from '../matchers/match.js';
import type { Token } from '../tokens.js';
import { fromTo } from './change.js';
import { conversions } from './conversion.js';
import { directions } from './direction.js';
import { hedges } from './hedge.js';
import { pairwise } from './pairs.js';
import { rangeBounds, ranges } from './range.js';
import { ratePeriods } from './rate-period.js';
import type { Refined, SentenceRefiner } from './refined.js';
import { sharedHedge } from './shared-hedge.js';

/**
 * The sentence refiners, in order: each figure's own hedge and rate period first, then what pairs
 * of figures say together (a range, a hedge shared over `and`, a change from one to the other,
 * a conversion), then the direction of a change, and last the bounds a range puts on its ends.
 */
const SENTENCE_REFINERS: readonly SentenceRefiner[] = [
  hedges,
  ratePeriods,
  pairwise(ranges, sharedHedge, fromTo, conversions),
  directions,
  rangeBounds,
];

/** Reads hedges, periods, ranges, changes and conversions around the figures of one sentence. */
export function refineSentence(tokens: Token[], matches: Match[]): Refined[] {
  // The spread last: on Node 20, properties written after a spread give every object a hidden
  // class of its own, garbage that piles up in the old generation over an archive.
  const figures: Refined[] = matches.map((m) => ({ hedge: 'none', per: null, ...m }));
  for (const refine of SENTENCE_REFINERS) refine(tokens, figures);
  return figures;
}
