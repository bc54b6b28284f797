import type { Change, Hedge } from '@factledger/core';
import type { Match } from '../matchers/match.js';
import type { Token } from '../tokens.js';

/** A match with what the words around it say about it. */
export interface Refined extends Match {
  hedge: Hedge;
  /** Token where the hedge starts, when there is one. */
  hedgeStart?: number;
  per: string | null;
  change?: Change;
  /** Index (in the same sentence's list) of the figure this one converts. */
  conversionOf?: number;
  /** When the figure holds: the nearest date among the figures around it, once the dates are resolved. */
  period?: string | null;
}

/**
 * A rule that reads the words around the figures of one sentence (a hedge before, a rate period
 * after, two figures joined into a range) and changes the figures in place. Refiners run in order,
 * each over the whole sentence, so a later one sees what an earlier one settled.
 */
export type SentenceRefiner = (tokens: Token[], figures: Refined[]) => void;

/** Where a figure's words begin, its hedge included. */
export const startOf = (r: Refined): number => r.hedgeStart ?? r.start;

/**
 * Words and marks that end the clause a hedge or a negation governs. Not rate-points.ts's list,
 * which keeps a rate noun with its points: a relative or subordinate clause is a clause of its own
 * for a negation (`did not confirm that more than 40 died` negates the confirming), so `that`,
 * `who`, `because` and `if` end it here, where a rate noun names its points through one (`the
 * share that rose four points`).
 */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ...[',', ';', ':', '(', ')', 'that', 'which', 'who', 'but', 'and', 'because', 'while', 'although', 'if'],
]);
