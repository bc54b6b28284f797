import { word } from '../matchers/match.js';
import type { Token } from '../tokens.js';
import { type Refined, type SentenceRefiner, startOf } from './refined.js';

/** Two figures next to each other in a sentence, and the words that join them. */
export interface Pair {
  tokens: Token[];
  a: Refined;
  b: Refined;
  /** Index of `a` among the sentence's figures. */
  index: number;
  /** The word right before `a` and its hedge: `from`, `between`. */
  cue: string;
  /** The words between `a` and `b` (`to`, `and`, `, or`), lower case, or null past a few words. */
  joiner: string | null;
}

/** A rule over each pair of neighbouring figures: a range, a change, a conversion, a shared hedge. */
export type PairRule = (pair: Pair) => void;

/** Longest joiner a pair rule reads as words; past it the figures are too far apart to join. */
const JOINER_WORDS = 3;

/**
 * Runs pair rules over the neighbouring figures of a sentence, each rule over every pair before
 * the next rule starts, so a rule sees what the rules before it settled on every pair.
 */
export function pairwise(...rules: PairRule[]): SentenceRefiner {
  return (tokens, figures) => {
    if (figures.length < 2) return;
    const pairs: Pair[] = [];
    for (let k = 0; k + 1 < figures.length; k++) {
      const a = figures[k] as Refined;
      const b = figures[k + 1] as Refined;
      const gap = startOf(b) - a.end;
      const joiner =
        gap > JOINER_WORDS
          ? null
          : tokens
              .slice(a.end, startOf(b))
              .map((t) => t.lower)
              .join(' ');
      pairs.push({ tokens, a, b, index: k, cue: word(tokens, startOf(a) - 1) ?? '', joiner });
    }
    for (const rule of rules) for (const pair of pairs) rule(pair);
  };
}
