/** A word of a sentence: its stem, and where it is in the sentence. */
export interface Word {
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reduces a word to a crude stem so a ledger term matches its inflections (`asked` ↔ `ask`,
 * `rounds` ↔ `round`, `expired` ↔ `expire`) without a dictionary: lower case, one inflection
 * ending removed, then a final `e`, as long as three letters are left.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const cut = (n: number) => (w.length - n >= 3 ? w.slice(0, -n) : w);
  if (w.endsWith('ies')) w = w.length > 4 ? `${w.slice(0, -3)}y` : w;
  else if (w.endsWith('ing')) w = cut(3);
  else if (w.endsWith('ed')) w = cut(2);
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = cut(2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = cut(1);
  return w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ stem: stem(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A term or alias as a sequence of stems; literal text, never a pattern. */
export function phrase(text: string): string[] {
  return words(text).map((w) => w.stem);
}
