import { FUNCTION_WORDS } from '../matchers/quantity.js';
import type { Filter } from './filter.js';

/**
 * `five 3-pointers`, `a two-seater`, `four-wheelers`: a noun made of a number and `-er` names a
 * kind of thing by its number; it counts nothing. It ends its phrase (`a 12-member panel` goes
 * on to the noun it counts members of, and stays a count).
 */
export const isNamedByNumber: Filter = (tokens, m) => {
  if (m.kind !== 'count' || tokens[m.end]?.text !== '-') return false;
  const noun = tokens[m.end + 1];
  if (noun?.type !== 'word' || !noun.glued || !/ers?$/.test(noun.lower)) return false;
  const next = tokens[m.end + 2];
  return noun.lower.endsWith('ers') || next?.type !== 'word' || FUNCTION_WORDS.has(next.lower);
};
