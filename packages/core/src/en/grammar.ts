/** Closed classes of English words that the rules read around a figure. */

/** Verbs and prepositions that attribute a statement to a source: `said`, `according (to)`. */
export const REPORTING_WORDS: ReadonlySet<string> = new Set([
  ...['said', 'says', 'say', 'reported', 'reports', 'told', 'tells', 'announced', 'announces', 'wrote'],
  ...['writes', 'stated', 'confirmed', 'cited', 'noted', 'added', 'claimed', 'claims', 'according'],
]);

export const MODALS: ReadonlySet<string> = new Set([
  ...['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall'],
]);

/** Words that negate what follows them in their clause; `n't` endings are read by their form. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'cannot']);
