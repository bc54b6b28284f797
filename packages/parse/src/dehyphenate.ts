/**
 * Decides whether a word broken across a line after a hyphen (`buy-` / `in`)
 * keeps its hyphen (a real compound: `buy-in`, `US-South`, `COVID-19`) or loses
 * it (a typesetting break: `negoti-` / `ations`). In order:
 *
 * 1. The document itself: if the joined form (`negotiations`) appears elsewhere
 *    as a word, join; if the hyphenated form (`buy-in`) does, keep the hyphen.
 *    The writer's own spelling is the best evidence there is.
 * 2. The second part starts with an uppercase letter or a digit: keep
 *    (`US-South`, `COVID-19`, `pre-2020`); typesetters do not hyphenate before
 *    a capital or a digit.
 * 3. The first part is already a compound (`three-to-` / `five`): keep.
 * 4. Either part is a single letter (`e-` / `mail`): keep.
 * 5. Both parts are number words (`twenty-` / `five`, `one-` / `quarter`), the first
 *    part is a prefix English writes with a hyphen (`self-`, `non-`, `quasi-`),
 *    or the second part is a word that forms hyphenated compounds (`-in`, `-up`,
 *    `-based`, `-led`, `-level`, …): keep. The lists are short on purpose:
 *    `pre-`, `ten-`, `-out` or `-line` would also catch breaks of one word
 *    (`pre-vious`, `ten-sion`, `with-out`, `dead-line`).
 * 6. Otherwise join: in typeset text, most line-end hyphens are breaks.
 *
 * Why not a dictionary (compromise's lexicon): it lists only the words whose
 * tag cannot be guessed from their form, so "is `con` a word?" has no reliable
 * answer there, and loading it costs more than parsing a typical article.
 * The two short lists below are closed-class English, not topic words.
 */
const HYPHEN_PREFIXES = new Set(['self', 'quasi', 'non']);

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fold',
]);

const HYPHEN_SUFFIXES = new Set([
  'in',
  'up',
  'off',
  'down',
  'back',
  'by',
  'based',
  'led',
  'free',
  'term',
  'year',
  'level',
  'scale',
  'related',
  'sharing',
  'making',
  'ranking',
  'wide',
  'owned',
  'backed',
  'funded',
  'made',
  'style',
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;

export type HyphenJudge = (prefix: string, suffix: string) => boolean;

/** Returns a judge for one document; its word list is built on first use only. */
export function createHyphenJudge(source: string): HyphenJudge {
  let words: Set<string> | undefined;
  const known = () => {
    if (!words) {
      words = new Set();
      for (const match of source.matchAll(WORD)) {
        words.add(match[0].toLowerCase().replace(/[\u2010\u2011]/g, '-'));
      }
    }
    return words;
  };
  return (prefix, suffix) => {
    const p = prefix.toLowerCase();
    const s = suffix.toLowerCase();
    const last = p.slice(p.lastIndexOf('-') + 1);
    if (known().has(p + s)) return false;
    if (known().has(`${p}-${s}`) || known().has(`${last}-${s}`)) return true;
    if (/^[\p{Lu}\p{N}]/u.test(suffix)) return true;
    if (p.includes('-')) return true;
    if (last.length === 1 || s.length === 1) return true;
    if (NUMBER_WORDS.has(last) && NUMBER_WORDS.has(s)) return true;
    if (HYPHEN_PREFIXES.has(last) || HYPHEN_SUFFIXES.has(s)) return true;
    return false;
  };
}
