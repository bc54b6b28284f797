import { PERIOD_ADVERBS, PERIOD_NOUNS } from '@factledger/core/en';
import { word } from '../matchers/match.js';
import type { SentenceRefiner } from './refined.js';

const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every', '/']);

/** The rate period after each figure: `a year`, `per month`, `each year`, `annually`, `/yr`. */
export const ratePeriods: SentenceRefiner = (tokens, figures) => {
  for (const f of figures) {
    const a = word(tokens, f.end);
    if (a === undefined) continue;
    const b = word(tokens, f.end + 1) ?? '';
    // Own keys only: `constructor` is in every object.
    if (Object.hasOwn(PERIOD_ADVERBS, a)) f.per = PERIOD_ADVERBS[a] ?? null;
    else if (RATE_WORDS.has(a) && Object.hasOwn(PERIOD_NOUNS, b)) f.per = PERIOD_NOUNS[b] ?? null;
  }
};
