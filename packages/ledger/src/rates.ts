import type { RateInput } from './format.js';
import { contains, midpoint, overlaps, parsePeriod, type Span } from './period.js';

/** A rate that applies at a time: `rate` units of `currency` buy one unit of `per`. */
export interface RateQuote {
  currency: string;
  per: string;
  rate: number;
  /** The date or period of the ledger entry it came from. */
  when: string;
  /** The index of that entry in the ledger's `rates`. */
  index: number;
  /**
   * The entry's `tolerance` as a fraction of the rate (an `absolute` one divided by the rate; the
   * larger of the two when both are given, as for a fact); absent when the entry has none. It is
   * relative so that it holds for the inverted quote too (to first order: ±2% on 1100 won per
   * dollar is about ±2% on dollars per won).
   */
  tolerance?: number;
}

interface Candidate {
  quote: RateQuote;
  span: Span;
}

function relativeTolerance(rate: RateInput): number | undefined {
  const t = rate.tolerance;
  if (!t) return undefined;
  return Math.max(t.relative ?? 0, (t.absolute ?? 0) / rate.rate);
}

function spanOf(rate: RateInput): Span | undefined {
  const when = rate.period ?? rate.date;
  return when === undefined ? undefined : parsePeriod(when);
}

/**
 * The rate for `currency` against `per` at `when` (a date or a period). An entry whose period
 * contains `when` wins, the narrowest first; failing that, an entry that overlaps it, nearest
 * in time. Entries given the other way round (`per` against `currency`) are inverted.
 */
export function findRate(
  rates: readonly RateInput[],
  currency: string,
  when: string,
  per?: string,
): RateQuote | undefined {
  const target = parsePeriod(when);
  if (!target) return undefined;
  const candidates: Candidate[] = [];
  rates.forEach((rate, index) => {
    const span = spanOf(rate);
    if (!span) return;
    const stamp = rate.period ?? rate.date ?? '';
    const tolerance = relativeTolerance(rate);
    const extra = tolerance === undefined ? {} : { tolerance };
    if (rate.currency === currency && (per === undefined || rate.per === per)) {
      candidates.push({ span, quote: { currency, per: rate.per, rate: rate.rate, when: stamp, index, ...extra } });
    } else if (rate.per === currency && (per === undefined || rate.currency === per)) {
      candidates.push({
        span,
        quote: { currency, per: rate.currency, rate: 1 / rate.rate, when: stamp, index, ...extra },
      });
    }
  });
  const containing = candidates.filter((c) => contains(c.span, target));
  if (containing.length > 0) {
    containing.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
    return containing[0]?.quote;
  }
  const near = candidates.filter((c) => overlaps(c.span, target));
  const mid = midpoint(target);
  near.sort((a, b) => Math.abs(midpoint(a.span) - mid) - Math.abs(midpoint(b.span) - mid));
  return near[0]?.quote;
}

/** Converts `amount` from one currency to another at `when`, directly or through one shared currency. */
export function convertAmount(
  rates: readonly RateInput[],
  amount: number,
  from: string,
  to: string,
  when: string,
): number | undefined {
  if (from === to) return amount;
  const direct = findRate(rates, from, when, to);
  if (direct) return amount / direct.rate;
  const bridges = new Set<string>();
  for (const rate of rates) bridges.add(rate.currency).add(rate.per);
  for (const bridge of bridges) {
    if (bridge === from || bridge === to) continue;
    const a = findRate(rates, from, when, bridge);
    const b = findRate(rates, to, when, bridge);
    if (a && b) return (amount / a.rate) * b.rate;
  }
  return undefined;
}
