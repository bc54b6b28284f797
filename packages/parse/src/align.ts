import type { Piece } from './pieces.js';

/** A character reference as HTML and CommonMark write them (the `;` is optional in legacy HTML). */
const REFERENCE = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;

function isLineEnding(c: number): boolean {
  return c === 10 || c === 13;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

export interface AlignOptions {
  /** Turn whitespace runs that hold a line ending into `break` pieces (Markdown soft breaks). */
  breaks: boolean;
}

/**
 * Lines up the decoded `value` of a syntax-tree node with the source range the
 * node covers, and appends pieces that say where each character came from.
 *
 * Parsers drop source characters (escape backslashes, the indentation and `>`
 * of continuation lines, the backticks of code) and decode character
 * references, so the value is the source with characters left out and some
 * references replaced. One pass matches them greedily: equal characters are
 * copied, a reference becomes a `value` piece, anything else in the source is
 * skipped. The source index only moves forward, so this is linear.
 */
export function alignValue(
  source: string,
  start: number,
  end: number,
  value: string,
  pieces: Piece[],
  options: AlignOptions,
): void {
  let i = 0;
  let j = start;
  let run = -1;
  const flush = () => {
    if (run !== -1 && j > run) pieces.push({ type: 'text', start: run, end: j });
    run = -1;
  };
  while (i < value.length) {
    const c = value.charCodeAt(i);
    if (options.breaks && isWhitespace(c)) {
      let k = i;
      let hasLineEnding = false;
      while (k < value.length && isWhitespace(value.charCodeAt(k))) {
        if (isLineEnding(value.charCodeAt(k))) hasLineEnding = true;
        k++;
      }
      if (hasLineEnding) {
        flush();
        // The break covers the source up to where the next value character is found.
        const next = value.charCodeAt(k);
        let m = j;
        if (k >= value.length) m = end;
        else while (m < end && source.charCodeAt(m) !== next) m++;
        pieces.push({ type: 'break', start: j, end: m });
        j = m;
        i = k;
        continue;
      }
    }
    if (j >= end) {
      // The value outran its range (should not happen): keep the text, pinned to the end.
      flush();
      pieces.push({ type: 'value', value: value.slice(i), start: end, end });
      return;
    }
    const s = source.charCodeAt(j);
    if (s === 38 /* & */) {
      REFERENCE.lastIndex = j;
      const match = REFERENCE.exec(source);
      if (match && match.index === j && match[0].length > 1) {
        const refEnd = Math.min(j + match[0].length, end);
        const produced = referenceLength(value, i, source, refEnd, end);
        if (produced > 0) {
          flush();
          pieces.push({ type: 'value', value: value.slice(i, i + produced), start: j, end: refEnd });
          i += produced;
          j = refEnd;
          continue;
        }
      }
    }
    // HTML parsers normalise `\r\n` and a lone `\r` to `\n` in text.
    if (c === 10 && s === 13) {
      if (source.charCodeAt(j + 1) === 10) {
        flush();
        pieces.push({ type: 'value', value: '\n', start: j, end: j + 2 });
        i++;
        j += 2;
        continue;
      }
      if (run === -1) run = j;
      i++;
      j++;
      continue;
    }
    if (s === c) {
      if (run === -1) run = j;
      i++;
      j++;
      continue;
    }
    flush();
    j++;
  }
  flush();
}

/**
 * How many characters of `value` (from `i`) a reference produced, checked by
 * what follows: the value must go on with the source character after the
 * reference. 0 means it was not a reference (e.g. `AT&T;` in Markdown).
 */
function referenceLength(value: string, i: number, source: string, refEnd: number, end: number): number {
  const first = value.charCodeAt(i);
  const base = first >= 0xd800 && first <= 0xdbff ? 2 : 1;
  const resumes = (n: number) =>
    i + n >= value.length || (refEnd < end && value.charCodeAt(i + n) === source.charCodeAt(refEnd));
  if (resumes(base)) return base;
  // A few named references decode to two characters.
  if (resumes(base + 1)) return base + 1;
  return 0;
}
