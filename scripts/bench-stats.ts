/** The middle of a run's measurements: one slow round (a GC, a neighbour's job) moves it least. */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The fastest round: for few rounds of a long job, where the median of two is only the slower one. */
export const best = (xs: readonly number[]): number => Math.min(...xs);
