import type { Claim } from '@factledger/core';
import { gapDays, overlaps, spanOf } from './time.js';
import type { Judgement } from './verdict.js';

const UNIT_DAYS = { day: 1, month: 31, year: 366 } as const;

/**
 * Judges a date claim against a date: `match` when the claim's span at its stated precision
 * ("2025", "end of 2025", "December 31") contains it, `rounded` when a hedged claim misses by no
 * more than one unit of its precision, `conflict` otherwise. The gap is in days.
 */
export function judgeDate(claim: Claim, reference: string, referenceHedged = false): Judgement | null {
  const a = spanOf(typeof claim.value === 'string' ? claim.value : null);
  const b = spanOf(reference);
  if (!a || !b) return null;
  if (overlaps(a, b)) return { verdict: 'match', gap: 0 };
  const days = gapDays(a, b);
  const hedged = claim.hedge !== 'none' || referenceHedged;
  const unit = UNIT_DAYS[claim.precision.unit ?? 'day'];
  return { verdict: hedged && days <= unit ? 'rounded' : 'conflict', gap: days };
}
