import type { Hedge } from '@factledger/core';

/** A closed interval; infinite ends stand for an open-ended bound (`more than`, `up to`). */
export type Interval = readonly [number, number];

/**
 * What a figure can mean. `exact`: the literal reading at its stated precision; `loose`: what the
 * hedge still allows; `core`: the value itself (or the bound, or the fact's tolerance band), used to
 * measure the gap. A ledger fact is a reading whose three intervals are its tolerance band.
 */
export interface Reading {
  exact: Interval;
  loose: Interval;
  core: Interval;
  /** The figure the gap is measured against. */
  point: number;
}

export interface ReadingOptions {
  /** The hedge's band: `about 5` allows ±max(step/2, band × 5). */
  band: number;
}

const INF = Number.POSITIVE_INFINITY;

/**
 * The ends of a range carry `at-least` (low) and `up-to` (high) from extraction; the range itself
 * bounds the figure on both sides, so its ends read as the range they close, with no hedge.
 */
export function rangeHedge(hedge: Hedge, range: { low: number; high: number } | undefined): Hedge {
  return range && (hedge === 'at-least' || hedge === 'up-to') ? 'none' : hedge;
}

/** The readings of a stated figure with its precision step and hedge. */
export function readingOf(
  value: number,
  step: number | undefined,
  hedge: Hedge,
  options: ReadingOptions,
  range?: { low: number; high: number },
): Reading {
  hedge = rangeHedge(hedge, range);
  const half = (step ?? 0) / 2;
  const low = range ? Math.min(range.low, range.high) : value;
  const high = range ? Math.max(range.low, range.high) : value;
  const band = Math.max(half, options.band * Math.max(Math.abs(low), Math.abs(high)));
  // `more than 10` excludes 10 itself in the core (the gap is measured from just past it), but its
  // literal reading keeps 10: the number after "more than" is most often the record's own figure
  // restated ("over 150,000" for a count of 150,000), and that is a match, not a rounding.
  const strict = Math.max(Math.abs(value), 1) * 1e-9;
  const point = value;
  switch (hedge) {
    case 'about':
      return { exact: [low - half, high + half], loose: [low - band, high + band], core: [low, high], point };
    case 'nearly':
      // Nearly means a little below: never above the figure.
      return { exact: [low - half, high], loose: [low - band, high], core: [low, high], point };
    case 'up-to':
      return { exact: [-INF, high + half], loose: [-INF, high + band], core: [-INF, high], point };
    case 'less-than':
      return { exact: [-INF, high + half], loose: [-INF, high + band], core: [-INF, high - strict], point };
    case 'at-least':
      return { exact: [low - half, INF], loose: [low - band, INF], core: [low, INF], point };
    case 'more-than':
      return { exact: [low - half, INF], loose: [low - band, INF], core: [low + strict, INF], point };
    default:
      // A bare figure allows its rounding and nothing more.
      return { exact: [low - half, high + half], loose: [low - half, high + half], core: [low, high], point };
  }
}

/** A known value with an absolute tolerance: all three readings are the tolerance band. */
export function pointReading(value: number, tolerance: number): Reading {
  const band: Interval = [value - tolerance, value + tolerance];
  return { exact: band, loose: band, core: band, point: value };
}

/** Applies `f` (monotonic) to every interval of a reading, keeping the order of the ends. */
export function mapReading(reading: Reading, f: (x: number) => number): Reading {
  const map = ([a, b]: Interval): Interval => {
    const x = f(a);
    const y = f(b);
    return x <= y ? [x, y] : [y, x];
  };
  return { exact: map(reading.exact), loose: map(reading.loose), core: map(reading.core), point: f(reading.point) };
}

/** Widens every interval by a relative tolerance (a rate's, or a fact's). */
export function widen(reading: Reading, relative: number): Reading {
  const w = ([a, b]: Interval): Interval => [a - Math.abs(a) * relative, b + Math.abs(b) * relative];
  return { exact: w(reading.exact), loose: w(reading.loose), core: w(reading.core), point: reading.point };
}

export function intersects(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function distance(a: Interval, b: Interval): number {
  if (intersects(a, b)) return 0;
  return a[1] < b[0] ? b[0] - a[1] : a[0] - b[1];
}
