import { FactledgerError } from '@factledger/core';

/** git's rule for binary files: a NUL byte among the first 8000 bytes. */
const BINARY_PROBE = 8000;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes an article's bytes as UTF-8, keeping a byte order mark in the string
 * so offsets match the file as `readFileSync(file, 'utf8')` gives it.
 */
export function decodeArticle(bytes: Uint8Array, file: string | undefined): string {
  const probe = Math.min(bytes.length, BINARY_PROBE);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
      throw new FactledgerError('binary', `Unexpected binary file (a NUL byte at byte ${i}), expected text`, {
        file,
        hint: utf16
          ? 'the file looks like UTF-16 text: save it as UTF-8'
          : 'give an article as .md, .txt or .html text; convert PDFs and documents to text first',
      });
    }
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    throw new FactledgerError('invalid-utf8', `Invalid UTF-8 at byte ${offset}`, {
      file,
      hint: 'save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
    });
  }
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}
