import type { PairRule } from './pairs.js';

/** What stands between an amount and the same amount in another currency: `(`, `, or`. */
const CONVERSION_JOINERS = new Set(['(', ', or', 'or', '( or']);

/** `2.6 trillion won ($1.9 billion)`, `…won, or $1.9 billion`: the second converts the first. */
export const conversions: PairRule = ({ a, b, index, joiner }) => {
  if (
    a.kind === 'money' &&
    b.kind === 'money' &&
    a.unit !== b.unit &&
    joiner !== null &&
    CONVERSION_JOINERS.has(joiner)
  )
    b.conversionOf = index;
};
