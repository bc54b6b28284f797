import { LineIndex, type Position } from '@factledger/core';
import type { SourceMap } from './document.js';

/**
 * The map is stored as segments, not one entry per character: a 50 MB article
 * with few repairs needs a handful of segments, and a lookup is a binary search.
 *
 * Segment `k` covers cleaned `[cleanStart[k], cleanStart[k+1])` and source
 * `[sourceStart[k], sourceEnd[k])`. When both lengths are equal the segment is
 * linear (copied text, or one-for-one replacements such as a curly quote, which
 * map exactly like a copy); otherwise every cleaned character in it stands for
 * the whole source range (a joined line break `\r\n  ` → ` `, an entity `&amp;`
 * → `&`, the blank line between two blocks).
 */
export interface MapSegments {
  cleanStart: Int32Array;
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
  /** Length of the cleaned text. */
  length: number;
}

/** JSON form of the map: `[cleanStart, sourceStart, sourceEnd]` per segment. */
export interface SourceMapJson {
  length: number;
  segments: [number, number, number][];
}

export class SegmentSourceMap implements SourceMap {
  readonly #segments: MapSegments;
  readonly #lines: LineIndex;
  readonly #sourceLength: number;

  constructor(segments: MapSegments, source: string, lines: LineIndex = new LineIndex(source)) {
    this.#segments = segments;
    this.#lines = lines;
    this.#sourceLength = source.length;
  }

  get segmentCount(): number {
    return this.#segments.cleanStart.length;
  }

  toSource(offset: number): number {
    const { cleanStart, sourceStart, sourceEnd, length } = this.#segments;
    const count = cleanStart.length;
    if (count === 0) return 0;
    if (offset >= length) return sourceEnd[count - 1] as number;
    const k = this.#find(Math.max(0, offset));
    const cs = cleanStart[k] as number;
    const ss = sourceStart[k] as number;
    const cleanLength = (k + 1 < count ? (cleanStart[k + 1] as number) : length) - cs;
    return cleanLength === (sourceEnd[k] as number) - ss ? ss + (offset - cs) : ss;
  }

  toSourceRange(start: number, end: number): [number, number] {
    const from = this.toSource(start);
    if (end <= start) return [from, from];
    const { cleanStart, sourceStart, sourceEnd, length } = this.#segments;
    const count = cleanStart.length;
    if (count === 0) return [0, 0];
    const last = Math.min(end, length) - 1;
    if (last < start) return [from, from];
    const k = this.#find(last);
    const cs = cleanStart[k] as number;
    const ss = sourceStart[k] as number;
    const se = sourceEnd[k] as number;
    const cleanLength = (k + 1 < count ? (cleanStart[k + 1] as number) : length) - cs;
    const to = cleanLength === se - ss ? ss + (last - cs) + 1 : se;
    return [from, Math.min(Math.max(to, from), this.#sourceLength)];
  }

  position(start: number, end: number): Position {
    const [from, to] = this.toSourceRange(start, end);
    return this.#lines.position(from, to);
  }

  toJSON(): SourceMapJson {
    const { cleanStart, sourceStart, sourceEnd, length } = this.#segments;
    const segments: [number, number, number][] = [];
    for (let k = 0; k < cleanStart.length; k++) {
      segments.push([cleanStart[k] as number, sourceStart[k] as number, sourceEnd[k] as number]);
    }
    return { length, segments };
  }

  /** The last segment starting at or before `offset`. */
  #find(offset: number): number {
    const { cleanStart } = this.#segments;
    let lo = 0;
    let hi = cleanStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((cleanStart[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Growable Int32Array: segments are appended one by one while the text is cleaned. */
class IntList {
  data = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  get(index: number): number {
    return this.data[index] as number;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Builds the cleaned text and its map together, so the two cannot drift apart.
 * Source offsets must not go backwards; offsets above 2^31 would not fit, which
 * is far beyond any size limit the reader accepts.
 */
export class CleanTextBuilder {
  readonly #chunks: string[] = [];
  readonly #cleanStart = new IntList();
  readonly #sourceStart = new IntList();
  readonly #sourceEnd = new IntList();
  #length = 0;
  /** Whether the last segment is linear and may grow. */
  #lastLinear = false;

  get length(): number {
    return this.#length;
  }

  /**
   * Appends `text`, which stands character for character for source
   * `[sourceStart, sourceStart + text.length)`: copied text or one-for-one replacements.
   */
  linear(sourceStart: number, text: string): void {
    if (text.length === 0) return;
    const n = this.#sourceEnd.length;
    if (this.#lastLinear && n > 0 && this.#sourceEnd.get(n - 1) === sourceStart) {
      this.#sourceEnd.set(n - 1, sourceStart + text.length);
    } else {
      this.#push(sourceStart, sourceStart + text.length);
      this.#lastLinear = true;
    }
    this.#chunks.push(text);
    this.#length += text.length;
  }

  /** Appends `text`, which stands as a whole for source `[sourceStart, sourceEnd)`. */
  span(sourceStart: number, sourceEnd: number, text: string): void {
    if (text.length === 0) return;
    if (text.length === sourceEnd - sourceStart) {
      this.linear(sourceStart, text);
      return;
    }
    this.#push(sourceStart, sourceEnd);
    // A span is closed: the next text starts its own segment even if it is adjacent.
    this.#lastLinear = false;
    this.#chunks.push(text);
    this.#length += text.length;
  }

  #push(sourceStart: number, sourceEnd: number): void {
    this.#cleanStart.push(this.#length);
    this.#sourceStart.push(sourceStart);
    this.#sourceEnd.push(sourceEnd);
  }

  text(): string {
    return this.#chunks.join('');
  }

  segments(): MapSegments {
    return {
      cleanStart: this.#cleanStart.toArray(),
      sourceStart: this.#sourceStart.toArray(),
      sourceEnd: this.#sourceEnd.toArray(),
      length: this.#length,
    };
  }
}
