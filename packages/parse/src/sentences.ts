import { MONTH_ABBREVIATIONS } from '@factledger/core/en';

/**
 * Sentence boundaries by rule, in one linear pass. Not compromise: its
 * sentence splitting runs its whole tokenizer and tagger over the text, and
 * the point of giving the extractor sentences is that compromise then runs
 * only on the few sentences that hold a candidate figure.
 *
 * A boundary is `.`, `!`, `?` or `…` (possibly followed by closing quotes or
 * brackets), then whitespace, then something that can start a sentence (an
 * uppercase letter, a digit, an opening quote or bracket). A period is not a
 * boundary after
 * - titles that precede a name (`Mr.`, `Dr.`, `Gen.`, `Sen.`, …),
 * - `No.`, month abbreviations and `p.`/`pp.` when a number follows,
 * - single initials (`Donald J. Trump`) and dotted abbreviations (`U.S.`,
 *   `a.m.`), company endings (`Inc.`, `Corp.`) and `etc.`, unless the next word
 *   is one that typically opens a sentence (`The`, `It`, `But`, …).
 * Decimals (`2.75`) and dotted names (`mail.example.org`) have no whitespace after the
 * period and are never candidates.
 */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'sen',
  'rep',
  'gov',
  'pres',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'messrs',
  'mmes',
  'vs',
  'cf',
  'approx',
]);

const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'p',
  'pp',
  'vol',
  'fig',
  'figs',
  'ch',
  'sec',
  'art',
  ...MONTH_ABBREVIATIONS,
]);

/** Abbreviations that may also end a sentence: a boundary only before a sentence opener. */
const AMBIGUOUS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'jr',
  'sr',
  'etc',
  'bros',
  'dept',
  'univ',
  'assn',
  ...MONTH_ABBREVIATIONS,
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'est',
  'ave',
  'blvd',
  'rd',
]);

/** Words that typically open a sentence, so an abbreviation before them ends one. */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'as',
  'after',
  'before',
  'since',
  'some',
  'many',
  'most',
  'his',
  'her',
  'their',
  'our',
  'my',
  'however',
  'meanwhile',
  'still',
  'also',
  'officials',
  'both',
  'each',
  'under',
  'with',
  'without',
  'what',
  'why',
  'how',
  'who',
  'where',
  'one',
  'no',
  'not',
  'such',
]);

const CLOSERS = '"\')]}\u201d\u2019\u00bb';

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function canStart(c: string): boolean {
  return /[\p{Lu}\p{N}"'([\u201c\u2018$€£¥₩¿¡]/u.test(c);
}

/** The word before a period at `dot`: letters and inner dots (`U.S`, `a.m`, `Mr`). */
function wordBefore(text: string, dot: number, from: number): string {
  let i = dot;
  while (i > from && /[\p{L}\p{N}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, at: number, end: number): string {
  let j = at;
  while (j < end && /[\p{L}']/u.test(text.charAt(j))) j++;
  return text.slice(at, j);
}

function isBoundaryPeriod(text: string, dot: number, from: number, next: number, end: number): boolean {
  const word = wordBefore(text, dot, from);
  const lower = word.toLowerCase();
  const following = text.charAt(next);
  const opener = () => {
    let at = next;
    if (/["'(\u201c\u2018]/.test(text.charAt(at))) at++;
    return OPENERS.has(nextWord(text, at, end).toLowerCase());
  };
  if (word === '') return true;
  if (word.endsWith('.')) return true; // an ellipsis `...`
  if (/\d/.test(following) && BEFORE_NUMBER.has(lower)) return false;
  if (TITLES.has(lower)) return false;
  // Initials and dotted abbreviations: `J.`, `U.S.`, `a.m.`, `e.g.`.
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return opener();
  if (AMBIGUOUS.has(lower)) return opener();
  return true;
}

/** A reference mark as encyclopedias print them: `[7]`, `[a]`, `[note 3]`, `[citation needed]`. */
const CITATION = /^\[(?:\d{1,4}|[a-z]|note \d{1,3}|citation needed|clarification needed)\]/i;

/** Sentences of one block, as `[start, end)` offsets into `text`, trimmed. */
export function splitSentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  while (from < end && isSpace(text.charAt(from))) from++;
  for (let i = from; i < end; i++) {
    const c = text.charAt(i);
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') continue;
    let close = i + 1;
    while (close < end && (text.charAt(close) === '.' || text.charAt(close) === '!' || text.charAt(close) === '?'))
      close++;
    while (close < end && CLOSERS.includes(text.charAt(close))) close++;
    // Reference marks after the full stop belong to the sentence they cite: `…in 2010.[7][8] Next`.
    for (let m = CITATION.exec(text.slice(close, close + 64)); m && close < end; ) {
      close += m[0].length;
      m = CITATION.exec(text.slice(close, close + 64));
    }
    if (close >= end || !isSpace(text.charAt(close))) {
      i = close - 1;
      continue;
    }
    let next = close;
    while (next < end && isSpace(text.charAt(next))) next++;
    if (next >= end) break;
    const boundary =
      canStart(text.charAt(next)) && (c !== '.' || close > i + 1 || isBoundaryPeriod(text, i, from, next, end));
    // `.` directly followed by closers still ends the sentence: `…said."` — but abbreviations are checked first.
    if (boundary) {
      out.push([from, close]);
      from = next;
    }
    i = next - 1;
  }
  let last = end;
  while (last > from && isSpace(text.charAt(last - 1))) last--;
  if (last > from) out.push([from, last]);
  return out;
}
