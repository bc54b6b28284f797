import type { Filter } from './filter.js';

/** Words after `one` that make it a pronoun or an idiom rather than a count: `one of`, `one another`. */
const NOT_COUNTED_AFTER_ONE = new Set([
  'of',
  'another',
  'day',
  'time',
  'way',
  'or',
  'and',
  'to',
  'that',
  'who',
  'which',
  'is',
  'was',
  'has',
  'had',
  'more',
  'thing',
  'by',
  'after',
  'in',
  'on',
  'at',
  'can',
  'could',
  'would',
  'should',
  'will',
  'might',
  'must',
  'does',
  'did',
]);

/** Words after which `one` is a pronoun, or a rank (`the number one priority`), not a count. */
const PRONOUN_BEFORE_ONE = new Set([
  'no',
  'any',
  'every',
  'each',
  'which',
  'this',
  'that',
  'someone',
  'anyone',
  'number',
]);

/**
 * `one of the officials said`, `no one`, `one another`, `one day`: `one` (or `a`) as a pronoun, a
 * determiner of time or an idiom counts nothing; a count of one is followed by what it counts
 * (`one soldier`).
 */
export const isPronounOne: Filter = (tokens, m) => {
  if (m.kind !== 'count' || m.range || m.value !== 1) return false;
  const first = tokens[m.start]?.lower;
  if (first !== 'one' && first !== 'a' && first !== 'an') return false;
  const after = tokens[m.end];
  if (after?.type !== 'word' || NOT_COUNTED_AFTER_ONE.has(after.lower)) return true;
  return PRONOUN_BEFORE_ONE.has(tokens[m.start - 1]?.lower ?? '');
};
