import type { Claim } from '@factledger/core';
import type { Fact, Ledger, RateQuote } from '@factledger/ledger';
import type { RateUsed } from './finding.js';
import { pointReading, type Reading, readingOf, widen } from './reading.js';

export interface Tuning {
  /** Relative band a hedge allows beyond the stated precision (`about 5` → ±10%). */
  band: number;
  /** Largest relative shift rounding may cause for a `match` (beyond it: `rounded`). */
  exactness: number;
  /** Relative tolerance of a ledger exchange rate that gives none of its own (a yearly average against a day's rate). */
  rateTolerance: number;
}

/** A fact's value brought into the claim's unit, as a reading to judge the claim against. */
export interface FactValue {
  reading: Reading;
  /** Set when the value had to be converted. */
  converted?: { value: number; unit: string; rate?: RateUsed };
}

const DURATION_YEARS: Record<string, number> = {
  day: 1 / 365.25,
  week: 7 / 365.25,
  month: 1 / 12,
  quarter: 1 / 4,
  year: 1,
  decade: 10,
  century: 100,
};

/** The claim's own readings; null when it has no numeric value. */
export function claimReading(claim: Claim, tuning: Tuning): Reading | null {
  if (typeof claim.value !== 'number') return null;
  // Things are counted whole: "three people" is 3, not anything that rounds to it.
  const step = claim.kind === 'count' && (claim.precision.step ?? 1) <= 1 ? 0 : claim.precision.step;
  return readingOf(claim.value, step, claim.hedge, { band: tuning.band }, claim.range);
}

/** Whether a percent claim states a change (`300% more`), and which way. */
export function changeSign(claim: Claim): 1 | -1 | 0 {
  if (claim.change?.direction === 'increase') return 1;
  if (claim.change?.direction === 'decrease') return -1;
  return 0;
}

/**
 * The fact's value in the claim's unit, or `incompatible` when the two cannot be compared
 * (different currencies with no rate, different rate periods, unrelated units), or `none` when
 * the ledger holds no value for the fact.
 */
export function factValue(
  claim: Claim,
  fact: Fact,
  ledger: Ledger,
  when: string | undefined,
  tuning: Tuning,
): FactValue | 'incompatible' | 'none' {
  const value = fact.value;
  if (claim.per && value?.per && claim.per !== value.per) return 'incompatible';
  if (claim.kind === 'money' && fact.kind === 'money') {
    if (!claim.unit || (value?.currency && value.currency !== claim.unit && !when && !fact.asOf && !fact.period))
      return 'incompatible';
    if (value?.amount === undefined || !value.currency) return 'none';
    const base = withTolerance(value.amount, fact);
    if (value.currency === claim.unit) return { reading: base };
    // At the claim's time; failing that, at the time the fact is about (a figure converted at the
    // rate of the year it was paid in).
    let at = '';
    let converted: number | undefined;
    for (const time of [when, fact.asOf, fact.period]) {
      if (converted !== undefined || !time) continue;
      at = time;
      converted = ledger.convert(value.amount, value.currency, claim.unit, at);
    }
    if (converted === undefined) return 'incompatible';
    const rate = rateUsed(ledger, value.currency, claim.unit, at, tuning);
    const factor = converted / value.amount;
    const reading = widen(
      {
        exact: scale(base.exact, factor),
        loose: scale(base.loose, factor),
        core: scale(base.core, factor),
        point: converted,
      },
      rate?.tolerance ?? tuning.rateTolerance,
    );
    return { reading, converted: { value: converted, unit: claim.unit, ...(rate ? { rate } : {}) } };
  }
  if (value?.amount === undefined) return fact.kind === claim.kind || value === undefined ? 'none' : 'incompatible';
  const amount = value.amount;
  if (claim.kind === 'percent' && fact.kind === 'percent') {
    const factor = pointsFactor(value.unit, claim.unit);
    if (factor === undefined) return 'incompatible';
    if (factor === 1) return { reading: withTolerance(amount, fact) };
    return {
      reading: withTolerance(amount * factor, fact, factor),
      converted: { value: amount * factor, unit: claim.unit ?? '%' },
    };
  }
  if (claim.kind === fact.kind && claim.kind !== 'duration') return { reading: withTolerance(amount, fact) };
  if (claim.kind === 'percent' && fact.kind === 'multiplier') {
    const sign = changeSign(claim);
    if (sign === 0) return 'incompatible';
    const percent = sign * (amount - 1) * 100;
    return { reading: withTolerance(percent, fact, 100), converted: { value: percent, unit: '%' } };
  }
  if (claim.kind === 'multiplier' && fact.kind === 'percent') {
    // Only a percent *change* is a ratio: a share such as "85% of voters" is not.
    if (fact.derived?.op !== 'percent-change') return 'incompatible';
    const ratio = 1 + amount / 100;
    return { reading: withTolerance(ratio, fact, 1 / 100), converted: { value: ratio, unit: 'x' } };
  }
  if (claim.kind === 'duration' && fact.kind === 'duration') {
    if (claim.unit === value.unit) return { reading: withTolerance(amount, fact) };
    const from = DURATION_YEARS[value.unit ?? ''];
    const to = DURATION_YEARS[claim.unit ?? ''];
    if (from === undefined || to === undefined) return 'incompatible';
    const converted = (amount * from) / to;
    return {
      reading: withTolerance(converted, fact, from / to),
      converted: { value: converted, unit: claim.unit ?? '' },
    };
  }
  return 'incompatible';
}

/** Percentage points and basis points per unit. */
const POINTS: Record<string, number> = { pp: 1, bp: 100 };

/**
 * What a percent in `from` is in `to`: a level (`%`) and a change in points (`pp`, `bp`) are
 * different quantities — 50 bp against a 4.2% rate is no gap at all, but no comparison either —
 * while points convert among themselves (1 pp = 100 bp). Undefined when they do not meet.
 */
export function pointsFactor(from: string | null | undefined, to: string | null | undefined): number | undefined {
  const a = from ?? '%';
  const b = to ?? '%';
  if (a === b) return 1;
  const pa = POINTS[a];
  const pb = POINTS[b];
  return pa !== undefined && pb !== undefined ? pb / pa : undefined;
}

/** The ledger's rate between two currencies, the way round that reads as a number above 1 (1180 KRW/USD). */
export function readableRate(ledger: Ledger, a: string, b: string, when: string): RateQuote | undefined {
  const quote = ledger.rateAt(a, when, b);
  if (quote && quote.rate >= 1) return quote;
  return ledger.rateAt(b, when, a) ?? quote;
}

/**
 * The rate a conversion between `a` and `b` at `when` uses, as findings show it, with the tolerance
 * applied to it: the ledger entry's own when it has one (the ledger knows how volatile that year
 * was), else the `rateTolerance` option. Undefined when no single entry converts the pair (a
 * conversion through a third currency), which then takes the option.
 */
export function rateUsed(ledger: Ledger, a: string, b: string, when: string, tuning: Tuning): RateUsed | undefined {
  const quote = readableRate(ledger, a, b, when);
  if (!quote) return undefined;
  const { currency, per, rate } = quote;
  return { currency, per, rate, when: quote.when, tolerance: quote.tolerance ?? tuning.rateTolerance };
}

function withTolerance(amount: number, fact: Fact, unitFactor = 1): Reading {
  const t = fact.tolerance;
  const tolerance = Math.max((t?.absolute ?? 0) * Math.abs(unitFactor), (t?.relative ?? 0) * Math.abs(amount));
  const reading = pointReading(amount, tolerance);
  // A cap or a floor: the bound itself matches; anything on its side of it is consistent with the
  // record only loosely (the record does not say how far inside it the truth is).
  const bound = fact.value?.bound;
  if (bound === 'at-most') return { ...reading, loose: [Number.NEGATIVE_INFINITY, reading.loose[1]] };
  if (bound === 'at-least') return { ...reading, loose: [reading.loose[0], Number.POSITIVE_INFINITY] };
  return reading;
}

function scale([a, b]: readonly [number, number], f: number): [number, number] {
  return f >= 0 ? [a * f, b * f] : [b * f, a * f];
}
