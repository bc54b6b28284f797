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

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    const t = m[0];
    const s = m.index;
    const first = t.charCodeAt(0);
    const type = first >= 48 && first <= 57 ? 'number' : /\p{L}/u.test(t[0] ?? '') ? 'word' : 'symbol';
    tokens.push({ text: t, lower: t.toLowerCase(), start: s, end: s + t.length, type, glued: s === previousEnd });
    previousEnd = s + t.length;
  }
  return tokens;
}
