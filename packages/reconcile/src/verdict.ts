import type { Reading } from './reading.js';
import { distance, intersects } from './reading.js';

export interface Judgement {
  verdict: 'match' | 'rounded' | 'conflict';
  /** Distance between the two cores, relative to the reference's point. */
  gap: number;
}

/**
 * Judges a claim's reading against a reference (a fact's tolerance band, a rate's conversion, or
 * another claim): `match` when the literal readings meet and rounding moved the figure by no more
 * than `exactness` of the reference; `rounded` when only the hedge or the rounding reconciles them;
 * `conflict` when no reading of either contains the other.
 */
export function judge(claim: Reading, reference: Reading, exactness: number): Judgement {
  const scale = Math.abs(reference.point) || Math.abs(claim.point) || 1;
  const gap = distance(claim.core, reference.core) / scale;
  if (intersects(claim.exact, reference.exact) && gap <= exactness) return { verdict: 'match', gap };
  if (intersects(claim.loose, reference.loose)) return { verdict: 'rounded', gap };
  return { verdict: 'conflict', gap };
}

export const VERDICT_RANK = { match: 0, rounded: 1, conflict: 2 } as const;
