import type { FactIndex } from './fact-index.js';
import { words } from './words.js';

/** A ledger must be at least this share of the best-fitting ledger's evidence to apply. */
const SHARE = 0.5;
/** …and name at least this much of itself in the article. */
const LEAST = 1;

/**
 * Which ledgers speak for an article. A ledger with a `scope` applies exactly to the articles
 * that name one of its scope's entities or terms. Of several without one (one per topic), those
 * whose entities and fact terms the article's sentences name about as much as the best-fitting
 * ledger's. Each distinct entity or term found counts once, shared among the ledgers that know
 * it, so the words two topics have in common ("the government", "said") decide nothing.
 */
export function ledgersFor(sentences: Iterable<string>, indexes: readonly FactIndex[]): FactIndex[] {
  const found = indexes.map(() => new Set<string>());
  const inScope = indexes.map((index) => !index.hasScope);
  for (const sentence of sentences) {
    const w = words(sentence);
    indexes.forEach((index, i) => {
      const keys = found[i] as Set<string>;
      for (const hit of index.entityHits(w)) keys.add(`entity:${hit.key}`);
      for (const hit of index.termHits(w)) keys.add(`term:${hit.key}`);
      if (!inScope[i] && index.inScope(w)) inScope[i] = true;
    });
  }
  // A ledger that says which articles it speaks for applies to those and no others.
  if (indexes.length <= 1) return indexes.filter((_, i) => inScope[i]);
  const holders = new Map<string, number>();
  for (const keys of found) for (const key of keys) holders.set(key, (holders.get(key) ?? 0) + 1);
  const scores = found.map((keys) => [...keys].reduce((sum, key) => sum + 1 / (holders.get(key) ?? 1), 0));
  // The best fit counts scoped ledgers too: an article plainly about a topic whose ledger leaves it
  // out of scope is not handed to another topic's ledger for want of a better one.
  const best = scores.reduce((b, s) => Math.max(b, s), Number.NEGATIVE_INFINITY);
  return indexes.filter((index, i) =>
    index.hasScope ? inScope[i] : (scores[i] as number) >= Math.max(LEAST, SHARE * best),
  );
}
