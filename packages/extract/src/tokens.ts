/** A word, a number, or one punctuation/symbol character, with its offsets in the cleaned text. */
export interface Token {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  type: 'number' | 'word' | 'symbol';
  /** True when nothing (not even a space) separates it from the previous token: `5bn`, `$5`, `F-35`. */
  glued: boolean;
}

// Numbers: digit groups with thousands separators (only groups of exactly three), then a decimal part.
// Words: letters with inner apostrophes. Each alternative consumes at least one character and none
// can overlap another, so the scan is linear (no backtracking across alternatives).
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:'\p{L}+)*|\S/gu;

/** A capitalised word (`Size`, `Active`): a label, unlike a code's capitals (`G7`, `COVID19`, `F35`). */
const LABEL = /^\p{Lu}\p{Ll}{2,}$/u;
/** What may stand before a label in a scraped table or infobox: the start of a line or a cell. */
const LINE_START = /(?:^|[\n|])[ \t]*$/;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    const t = m[0];
    const s = m.index;
    const first = t.charCodeAt(0);
    const type = first >= 48 && first <= 57 ? 'number' : isLetter(first, t) ? 'word' : 'symbol';
    let glued = s === previousEnd;
    // Scraped tables lose the space between a label and its value (`Size23,468 personnel`): a word
    // opening a line or cell is a label, and the figure after it stands on its own.
    if (glued && type === 'number') glued = !labelGluedToValue(text, tokens[tokens.length - 1], start);
    tokens.push({ text: t, lower: t.toLowerCase(), start: s, end: s + t.length, type, glued });
    previousEnd = s + t.length;
  }
  return tokens;
}

/** ASCII letters by their code; anything else past ASCII by the Unicode property. */
function isLetter(code: number, token: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /^\p{L}/u.test(token);
}

function labelGluedToValue(text: string, label: Token | undefined, from: number): boolean {
  if (label?.type !== 'word' || !LABEL.test(label.text)) return false;
  return LINE_START.test(text.slice(Math.max(from, label.start - 40), label.start));
}

/** A word written with a capital first letter: a name, a title, or a sentence's first word. */
export const isCapitalised = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);
