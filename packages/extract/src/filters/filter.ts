import type { Match } from '../matchers/match.js';
import type { Token } from '../tokens.js';

/**
 * A rule that tells a figure a matcher read from a number that states no claim: a measurement,
 * a law's number, a file name. It sees the sentence's tokens and the candidate match, and
 * returns true to reject it; the scanner then takes the best candidate no filter rejects.
 */
export type Filter = (tokens: Token[], m: Match) => boolean;
