import type { Claim } from '@factledger/core';
import type { Fact, Ledger } from '@factledger/ledger';
import { claimKey, finding, withFile } from './build.js';
import { judgeDate } from './dates.js';
import type { ArticleSource, Finding, FindingClaim } from './finding.js';
import { formatGap, placeFrom, quote, roundedThrough } from './message.js';
import { changeSign, claimReading, pointsFactor, rateUsed, type Tuning } from './quantity.js';
import { mapReading, type Reading, widen } from './reading.js';
import { spanOf } from './time.js';
import { type Judgement, judge } from './verdict.js';

export interface Matched {
  claim: Claim;
  fact: Fact;
  ledger: Ledger;
  source: ArticleSource;
  /** The time to convert currencies at: the claim's period or its article's publication. */
  when: string | undefined;
}

const DURATION_YEARS: Record<string, number> = {
  day: 1 / 365.25,
  week: 7 / 365.25,
  month: 1 / 12,
  year: 1,
  decade: 10,
};

/**
 * Compares claims confidently matched to the same valueless fact in different articles — the only
 * check there is when the ledger holds no value. (Where it holds one, each article is judged
 * against the ledger alone, so one article's mistake never makes another red.) Each claim is
 * judged once, against the most precise claim about the fact in another article, brought into
 * its unit: one finding per figure, and linear in the claims however many articles repeat them.
 * `facts` gives each fact's claims as one list, in the order they were seen; the findings come
 * one fact at a time, so a caller writing them as they come holds one fact's, not the run's.
 */
export function* compareArticles(facts: Iterable<readonly Matched[]>, tuning: Tuning): Generator<Finding> {
  for (const list of facts) {
    const fact = list[0]?.fact;
    if (!fact) continue;
    const ranked = list
      .map((m, order) => ({ m, order, loose: looseness(m.claim, tuning) }))
      .sort((a, b) => a.loose - b.loose || a.order - b.order);
    const best = ranked[0];
    const other = best && ranked.find((r) => r.m.claim.document !== best.m.claim.document);
    if (!best || !other) continue;
    const rank = new Map(ranked.map((r, i) => [r.m, i]));
    // One copy of a reference claim for all the findings judged against it, not one each.
    const shown = new Map<Claim, FindingClaim>();
    const shownOf = (claim: Claim) =>
      shown.get(claim) ?? (shown.set(claim, withFile(claim)).get(claim) as FindingClaim);
    for (const r of ranked) {
      const reference = r.m.claim.document !== best.m.claim.document ? best : other;
      // The reference itself, and claims more precise than their reference, are what others are judged by.
      if ((rank.get(reference.m) as number) >= (rank.get(r.m) as number)) continue;
      const f = pair(reference.m, r.m, fact.id, r.m.ledger, tuning, shownOf);
      if (f) yield f;
    }
  }
}

function looseness(claim: Claim, tuning: Tuning): number {
  if (claim.kind === 'date') {
    const span = typeof claim.value === 'string' ? spanOf(claim.value) : undefined;
    return span ? span.end - span.start : 0;
  }
  const r = claimReading(claim, tuning);
  if (!r) return 0;
  return (r.loose[1] - r.loose[0]) / (Math.abs(r.point) || 1);
}

function pair(
  a: Matched,
  b: Matched,
  fact: string,
  ledger: Ledger,
  tuning: Tuning,
  shownOf: (claim: Claim) => FindingClaim,
): Finding | null {
  // The looser claim is the one judged; the more precise one is what it is judged against.
  const [loose, precise] = looseness(b.claim, tuning) >= looseness(a.claim, tuning) ? [b, a] : [a, b];
  let j: Judgement | null;
  if (loose.claim.kind === 'date') {
    const reference = typeof precise.claim.value === 'string' ? spanOf(precise.claim.value) : undefined;
    j = reference ? judgeDate(loose.claim, reference, precise.claim.hedge !== 'none') : null;
  } else {
    const reading = claimReading(loose.claim, tuning);
    const reference = inUnitOf(precise.claim, loose.claim, ledger, loose.when, tuning);
    j = reading && reference ? judge(reading, reference, tuning.exactness) : null;
  }
  if (!j) return null;
  // The finding is on the looser claim, whose row says where it is: only the other side has a place.
  const l = quote(loose.claim);
  const p = `${quote(precise.claim)} (${placeFrom(loose.claim, precise.claim, precise.source)})`;
  const gap = loose.claim.kind === 'date' ? `${j.gap} days apart` : `gap ${formatGap(j.gap)}`;
  const how = roundedThrough(loose.claim);
  const message =
    j.verdict === 'match'
      ? `${l} agrees with ${p} on ${fact}`
      : j.verdict === 'rounded'
        ? `${l} fits ${p} on ${fact} only ${how}: ${gap}`
        : `${l} conflicts with ${p} on ${fact}: ${gap}`;
  return finding({
    rule: 'cross-article',
    verdict: j.verdict,
    claim: loose.claim,
    fact,
    against: { type: 'claim', claim: shownOf(precise.claim), source: precise.source },
    key: claimKey(precise.claim),
    gap: loose.claim.kind === 'date' ? undefined : j.gap,
    message,
  });
}

/** `claim`'s readings in the unit of `target`, or null when they cannot be brought together. */
function inUnitOf(
  claim: Claim,
  target: Claim,
  ledger: Ledger,
  when: string | undefined,
  tuning: Tuning,
): Reading | null {
  const r = claimReading(claim, tuning);
  if (!r) return null;
  if (claim.kind === 'money' && target.kind === 'money') {
    if (!claim.unit || !target.unit) return null;
    if (claim.unit === target.unit) return r;
    const factor = when ? ledger.convert(1, claim.unit, target.unit, when) : undefined;
    return factor === undefined
      ? null
      : widen(
          mapReading(r, (x) => x * factor),
          rateUsed(ledger, claim.unit, target.unit, when as string, tuning)?.tolerance ?? tuning.rateTolerance,
        );
  }
  if (claim.kind === 'multiplier' && target.kind === 'percent') {
    const sign = changeSign(target);
    return sign === 0 ? null : mapReading(r, (m) => sign * (m - 1) * 100);
  }
  if (claim.kind === 'percent' && target.kind === 'multiplier') {
    const sign = changeSign(claim);
    return sign === 0 ? null : mapReading(r, (p) => 1 + (sign * p) / 100);
  }
  if (claim.kind === 'duration' && target.kind === 'duration' && claim.unit !== target.unit) {
    const from = DURATION_YEARS[claim.unit ?? ''];
    const to = DURATION_YEARS[target.unit ?? ''];
    return from === undefined || to === undefined ? null : mapReading(r, (x) => (x * from) / to);
  }
  if (claim.kind === 'percent' && target.kind === 'percent') {
    const factor = pointsFactor(claim.unit, target.unit);
    return factor === undefined ? null : factor === 1 ? r : mapReading(r, (x) => x * factor);
  }
  return claim.kind === target.kind ? r : null;
}
