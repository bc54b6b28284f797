import type { Token } from '../tokens.js';
import type { Filter } from './filter.js';

/** Extensions of the files a page links or shows: a caption's `photo 2, 2024.jpg`. */
const FILE_EXTENSIONS = new Set([
  ...['jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'tif', 'tiff', 'bmp', 'heic', 'pdf', 'doc', 'docx'],
  ...['xls', 'xlsx', 'csv', 'txt', 'ppt', 'pptx', 'mp3', 'mp4', 'mov', 'wav', 'zip', 'htm', 'html', 'json'],
]);

/** Marks before which a caption's file name starts: an opening bracket, a colon, a bar, a quote. */
const NAME_OPENERS = new Set(['(', '[', ':', '|', '"', '\u201c', '/']);

/** A file name holds a few words at most (`photo 2, 2024`); a longer run is prose ending in one. */
const NAME_WORDS = 2;
const NAME_TOKENS = 8;

/** Index of the `.` that ends a file name glued to `ext` right after the token at `k`, or -1. */
const extensionAt = (tokens: Token[], k: number): boolean =>
  tokens[k + 1]?.text === '.' &&
  tokens[k + 1]?.glued === true &&
  tokens[k + 2]?.glued === true &&
  FILE_EXTENSIONS.has(tokens[k + 2]?.lower ?? '');

/**
 * `2024.jpg`, and in `photo 2, 2024.jpg` every number of the name: a file's name is no claim.
 * The name runs back from its extension to an opening mark or the sentence's start, when that
 * run is short and has few words; otherwise only the number glued to the extension is its name.
 */
export const isFileName: Filter = (tokens, m) => {
  for (let k = m.end - 1; k < tokens.length && k < m.end + NAME_TOKENS; k++) {
    if (!extensionAt(tokens, k)) continue;
    if (k === m.end - 1) return true;
    let words = 0;
    for (let j = k; j >= m.start; j--) if (tokens[j]?.type === 'word') words++;
    for (let j = m.start - 1; j >= 0; j--) {
      const t = tokens[j] as Token;
      if (NAME_OPENERS.has(t.text)) break;
      if (t.type === 'word') words++;
    }
    const opener = tokens.slice(0, m.start).findLastIndex((t) => NAME_OPENERS.has(t.text));
    return words <= NAME_WORDS && k - opener <= NAME_TOKENS;
  }
  return false;
};
