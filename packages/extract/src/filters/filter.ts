import type { Match } from '../matchers/match.js';
import type { Token } from '../tokens.js';

/** What a filter may ask of the sentence as a whole, worked out once and only when asked. */
export interface SentenceFacts {
  /**
   * Index of the sentence's first word, where a capital letter says nothing; past the last token
   * in a headline written in capitals (`COUNCIL APPROVES 2025 BUDGET`), where none does.
   */
  readonly firstWord: number;
}

/**
 * A rule that tells a figure a matcher read from a number that states no claim: a measurement,
 * a law's number, a file name, a code. It sees the sentence's tokens and the candidate match, and
 * returns true to reject it; the scanner then takes the best candidate no filter rejects.
 */
export type Filter = (tokens: Token[], m: Match, sentence: SentenceFacts) => boolean;

/** A figure read from bare digits, which may name or code a thing: money and percentages carry their unit. */
export const isBareNumber = (tokens: Token[], m: Match): boolean =>
  m.kind !== 'money' && m.kind !== 'percent' && tokens[m.start]?.type === 'number';
