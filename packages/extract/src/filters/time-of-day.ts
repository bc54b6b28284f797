import { type Filter, isBareNumber } from './filter.js';

/** Time zones and the half of the day written after a clock time. */
const CLOCK_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'et', 'bst']);

/**
 * `9 a.m.`, `10 PM`, `7pm`, `14 GMT`: a time of day is no figure of the kinds a ledger holds.
 * (`09:00` is read as a code of two numbers by the identifier filter.) In lower case and apart,
 * `am` is the verb, as in `9 am I`.
 */
export const isTimeOfDay: Filter = (tokens, m) => {
  if (!isBareNumber(tokens, m)) return false;
  const next = tokens[m.start + 1];
  const after = next?.lower;
  if ((after === 'a' || after === 'p') && tokens[m.start + 2]?.text === '.' && tokens[m.start + 3]?.lower === 'm')
    return true;
  return !!next && CLOCK_WORDS.has(next.lower) && (next.text === next.text.toUpperCase() || next.glued);
};
