import type { Piece } from './pieces.js';
import type { ReferenceAt } from './references.js';

function isLineEnding(c: number): boolean {
  return c === 10 || c === 13;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

export interface AlignOptions {
  /**
   * Markdown's rules: whitespace runs that hold a line ending become `break` pieces (soft breaks),
   * and a tab stands for the spaces up to its tab stop.
   */
  markdown: boolean;
  /** A Markdown code span, which reads a line ending as a space. */
  codeSpan?: boolean;
  /** Where the parser decoded a character reference; none in code, where `&amp;` is text. */
  referenceAt?: ReferenceAt | undefined;
}

/**
 * Lines up the decoded `value` of a syntax-tree node with the source range the
 * node covers, and appends pieces that say where each character came from.
 *
 * Parsers drop source characters (escape backslashes, the indentation and `>`
 * of continuation lines, the backticks of code) and decode character
 * references, so the value is the source with characters left out and some
 * references replaced. One pass matches them greedily: a reference the parser
 * decoded (as `referenceAt` reports it, checked against the value) becomes a
 * `value` piece, equal characters are copied, anything else in the source is
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
    if (options.markdown && isWhitespace(c)) {
      let k = i;
      let hasLineEnding = false;
      while (k < value.length && isWhitespace(value.charCodeAt(k))) {
        if (isLineEnding(value.charCodeAt(k))) hasLineEnding = true;
        k++;
      }
      if (hasLineEnding) {
        flush();
        // The break covers the whitespace and quote markers up to the next value character.
        const next = value.charCodeAt(k);
        let m = j;
        if (k >= value.length) m = end;
        else while (m < end && continuesBreak(source.charCodeAt(m), next) && !options.referenceAt?.(m)) m++;
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
    const reference = s === 38 /* & */ ? options.referenceAt?.(j) : undefined;
    if (reference && reference.end <= end && value.startsWith(reference.value, i)) {
      flush();
      pieces.push({ type: 'value', value: reference.value, start: j, end: reference.end });
      i += reference.value.length;
      j = reference.end;
      continue;
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
    // Both parsers read a NUL as U+FFFD (the HTML one drops it in most places, where it is skipped).
    if (c === 0xfffd && s === 0) {
      flush();
      pieces.push({ type: 'value', value: '\ufffd', start: j, end: j + 1 });
      i++;
      j++;
      continue;
    }
    // Code spans turn a line ending into a space.
    if (options.codeSpan && c === 32 && isLineEnding(s)) {
      const width = s === 13 && source.charCodeAt(j + 1) === 10 ? 2 : 1;
      flush();
      pieces.push({ type: 'value', value: ' ', start: j, end: j + width });
      i++;
      j += width;
      continue;
    }
    // A tab indents to the next multiple of 4 columns; code keeps the part of it past its indent.
    if (options.markdown && c === 32 && s === 9) {
      const width = tabSpaces(value, i, source, j);
      if (width > 0) {
        flush();
        pieces.push({ type: 'value', value: ' '.repeat(width), start: j, end: j + 1 });
        i += width;
        j++;
        continue;
      }
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
 * Whether source character `c` is still part of a line break whose text goes on with `next`:
 * the whitespace around the line ending and the `>` of a quote's continuation line.
 */
function continuesBreak(c: number, next: number): boolean {
  const quoteMarker = c === 62;
  return c !== next && (isWhitespace(c) || quoteMarker);
}

/**
 * How many of the spaces at `value[i]` the tab at `source[j]` stands for: the run of spaces, less
 * the spaces written after the tab, at most a tab stop's 4.
 */
function tabSpaces(value: string, i: number, source: string, j: number): number {
  let run = 0;
  while (run < 4 && value.charCodeAt(i + run) === 32) run++;
  let written = 0;
  while (written < 4 && source.charCodeAt(j + 1 + written) === 32) written++;
  return Math.max(0, run - written);
}
