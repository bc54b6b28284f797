import type { Point, Position } from 'unist';

export type { Point, Position };

/**
 * Turns UTF-16 offsets into unist points (1-based line and column) for one text.
 * Line endings are `\n`, `\r\n` and a lone `\r`, as editors count them, so a
 * position printed for a CRLF or classic-Mac file points where the editor does.
 */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
    this.#length = text.length;
  }

  /** The point at `offset` (clamped into the text; the end of the text is a valid point). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.#starts[lo] as number) + 1, offset: o };
  }

  /** The offset of a 1-based line and column, or `undefined` when the line does not exist. */
  offset(line: number, column: number): number | undefined {
    const start = this.#starts[line - 1];
    if (start === undefined) return undefined;
    const next = this.#starts[line] ?? this.#length + 1;
    const o = start + column - 1;
    return column >= 1 && o < next ? o : undefined;
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  get lines(): number {
    return this.#starts.length;
  }
}

/** `file:line:column-line:column`, the way vfile-message and compilers print a place. */
export function formatPosition(position: Position): string {
  const { start, end } = position;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}
