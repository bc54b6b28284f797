import type { Claim } from '@factledger/core';
import type { Fact } from '@factledger/ledger';
import { gapDays, overlaps, type Span, spanOf } from './time.js';
import type { Judgement } from './verdict.js';

const UNIT_DAYS = { day: 1, month: 31, year: 366 } as const;

/**
 * The time a date fact records, at the precision the ledger knows it: its value, or the year or
 * month its `period` gives when that holds the value ("only the year is recorded" is written as
 * the year's first day with `period: '2025'`).
 */
export function factDateSpan(fact: Fact): Span | undefined {
  const date = spanOf(fact.value?.date);
  if (!date) return undefined;
  const period = spanOf(fact.period);
  if (period && period.start <= date.start && date.end <= period.end && period.end - period.start <= 366) {
    return period;
  }
  return date;
}

/**
 * Judges a date claim against a date: `match` when the claim, at its stated precision, lies within
 * it ("April 2025" for a 2025 fact); `rounded` when the claim is coarser than the record and holds
 * it ("1957" for 1 July 1957 — consistent, but it states less), or a hedged claim misses by no
 * more than one unit of its precision; `conflict` otherwise. The gap is in days.
 */
export function judgeDate(claim: Claim, reference: Span, referenceHedged = false): Judgement | null {
  const a = spanOf(typeof claim.value === 'string' ? claim.value : null);
  if (!a) return null;
  if (reference.start <= a.start && a.end <= reference.end) return { verdict: 'match', gap: 0 };
  if (overlaps(a, reference)) return { verdict: 'rounded', gap: 0 };
  const days = gapDays(a, reference);
  const hedged = claim.hedge !== 'none' || referenceHedged;
  const unit = UNIT_DAYS[claim.precision.unit ?? 'day'];
  return { verdict: hedged && days <= unit ? 'rounded' : 'conflict', gap: days };
}
