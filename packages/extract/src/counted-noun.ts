import { FUNCTION_WORDS } from './matchers/quantity.js';
import type { Token } from './tokens.js';

/**
 * What a count counts, read from the words after it without a tagger: in English a number above one
 * is followed by the plural noun it counts, perhaps after a modifier or two (`1,200 new teachers`,
 * `3,400 US nurses`, `430 homes`). So the counted noun is the first plural-looking word within
 * the next few words of the noun phrase; failing one, `fallback` (the first word, the matcher's
 * own guess). Both readings use it, so `check` and `extract` give a count the same unit.
 */
export function countedNoun(tokens: readonly Token[], end: number, fallback: string | null): string | null {
  let words = 0;
  for (let j = end; j < tokens.length && words < REACH; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'symbol') {
      // Inside a word (`active-duty`, `U.S.`) a hyphen or a point joins; anywhere else punctuation ends the phrase.
      if ((t.text === '-' || t.text === '.') && t.glued && tokens[j + 1]?.glued && tokens[j + 1]?.type === 'word')
        continue;
      if (t.text === '.' && t.glued && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '')) continue;
      break;
    }
    // A function word ends the noun phrase before its noun could come.
    if (t.type !== 'word' || FUNCTION_WORDS.has(t.lower)) break;
    if (tokens[j + 1]?.glued && tokens[j + 1]?.text === '-') continue; // the first part of a compound
    words++;
    const word = plain(t.lower);
    if (IRREGULAR.has(word) || (/^\p{Ll}/u.test(t.text) && PLURAL.test(word) && !NOT_PLURAL.test(word))) return word;
  }
  return fallback === null ? null : plain(fallback);
}

/** Without diacritics, as a ledger's unit is matched (`cafés` = `cafes`). */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Words of a noun phrase looked at: the noun and up to two modifiers before it. */
const REACH = 3;

const PLURAL = /s$/;
/** Words in -s that are not plurals: -ss, -us, -is, and adverbs/adjectives in -ous, -less, -ics. */
const NOT_PLURAL = /(?:ss|us|is|ous|ics|'s)$/;

/** Plurals English does not make with -s. */
const IRREGULAR = new Set([
  'people',
  'children',
  'men',
  'women',
  'feet',
  'teeth',
  'mice',
  'geese',
  'police',
  'personnel',
  'staff',
  'cattle',
  'livestock',
  'sheep',
  'fish',
  'deer',
  'aircraft',
  'offspring',
]);
