import type { BlockKind, LineIndex } from '@factledger/core';
import { createHyphenJudge, type HyphenJudge } from './dehyphenate.js';
import type { Repair } from './document.js';
import type { Piece, RawBlock } from './pieces.js';
import { CleanTextBuilder, type MapSegments } from './source-map.js';

type RepairKind = Repair['kind'];

/**
 * One-for-one character repairs. Zero-width joiners (U+200C, U+200D) are kept:
 * they are part of emoji sequences and of Persian and Indic spelling.
 */
function repairOf(c: number): [RepairKind, string] | undefined {
  switch (c) {
    case 0x00a0:
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return ['space', ' '];
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
      return ['quote', "'"];
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
      return ['quote', '"'];
    // Hyphen-like dashes become `-` so `2019–2020` and `−5%` read as figures;
    // the em dash (U+2014) is punctuation between clauses and stays.
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
      return ['dash', '-'];
    case 0x200b:
    case 0x2060:
    case 0x180e:
    case 0xfeff:
    case 0x00ad:
      return ['zero-width', ''];
    default:
      if (c >= 0x2000 && c <= 0x200a) return ['space', ' '];
      return undefined;
  }
}

function isSpace(c: number, collapse: boolean): boolean {
  return c === 32 || c === 9 || (collapse && (c === 10 || c === 13 || c === 12));
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x00ad;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface CleanBlock {
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** The source range the block's text came from. */
  sourceStart: number;
  sourceEnd: number;
  hint: BlockKind | undefined;
  group: number | undefined;
  lines: number | undefined;
}

export interface CleanResult {
  text: string;
  segments: MapSegments;
  blocks: CleanBlock[];
  repairs: Repair[];
}

export interface CleanOptions {
  /** HTML: every run of whitespace, line endings included, becomes one space. */
  collapse: boolean;
  lines: LineIndex;
}

interface Pending {
  start: number;
  end: number;
  /** `ws`: spaces as written; `join`: a line break joined into one space; `glue`: a break joined with nothing. */
  kind: 'ws' | 'join' | 'glue';
}

interface RepairDraft {
  kind: RepairKind;
  at: number;
  from: string;
  to: string;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * Turns the blocks a format reader found into the cleaned text, its map and
 * the list of repairs. Blocks are trimmed; whitespace around a joined line
 * break becomes one space (or nothing, after a kept hyphen or an em dash).
 */
export function cleanBlocks(source: string, raw: RawBlock[], options: CleanOptions): CleanResult {
  return new Cleaner(source, options).run(raw);
}

class Cleaner {
  readonly #source: string;
  readonly #collapse: boolean;
  readonly #lines: LineIndex;
  readonly #out = new CleanTextBuilder();
  readonly #repairs: RepairDraft[] = [];
  readonly #blocks: CleanBlock[] = [];
  #judge: HyphenJudge | undefined;
  #pending: Pending | undefined;
  /** Cleaned offset where the current block starts, or -1 while it is still empty. */
  #blockStart = -1;
  #blockSourceStart = 0;
  #blockSourceEnd = 0;

  constructor(source: string, options: CleanOptions) {
    this.#source = source;
    this.#collapse = options.collapse;
    this.#lines = options.lines;
  }

  run(raw: RawBlock[]): CleanResult {
    // The byte order mark stays in the source (offsets match the file) and leaves the text.
    if (this.#source.charCodeAt(0) === 0xfeff) this.#record('bom', 0, 0, 1, '');
    for (const block of raw) {
      this.#blockStart = -1;
      this.#pending = undefined;
      const { pieces } = block;
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p] as Piece;
        if (piece.type === 'text') this.#text(piece.start, piece.end, pieces[p + 1], pieces[p + 2]);
        else if (piece.type === 'value') this.#value(piece.value, piece.start, piece.end);
        else this.#break(piece.start, piece.end);
      }
      if (this.#blockStart !== -1) {
        this.#blocks.push({
          start: this.#blockStart,
          end: this.#out.length,
          sourceStart: this.#blockSourceStart,
          sourceEnd: this.#blockSourceEnd,
          hint: block.hint,
          group: block.group,
          lines: block.lines,
        });
      }
    }
    return {
      text: this.#out.text(),
      segments: this.#out.segments(),
      blocks: this.#blocks,
      repairs: this.#repairs.map((r) => ({
        kind: r.kind,
        at: r.at,
        from: r.from,
        to: r.to,
        position: this.#lines.position(r.sourceStart, r.sourceEnd),
      })),
    };
  }

  #text(start: number, end: number, next: Piece | undefined, afterNext: Piece | undefined): void {
    const source = this.#source;
    const collapse = this.#collapse;
    // A hyphen or em dash ending the line before a joined break is decided with the break.
    let tail = -1;
    if (!collapse && next?.type === 'break') {
      let t = end - 1;
      while (t >= start && isSpace(source.charCodeAt(t), false)) t--;
      const c = source.charCodeAt(t);
      if (t > start && (isHyphen(c) || c === 0x2014) && !isSpace(source.charCodeAt(t - 1), false)) tail = t;
    }
    const stop = tail === -1 ? end : tail;
    let run = start;
    for (let i = start; i < stop; i++) {
      const c = source.charCodeAt(i);
      if (isSpace(c, collapse)) {
        if (run < i) this.#emit(run, i, source.slice(run, i));
        this.#space(i, i + 1);
        run = i + 1;
        continue;
      }
      if (c < 0xa0) continue;
      const repair = repairOf(c);
      if (!repair) continue;
      if (run < i) this.#emit(run, i, source.slice(run, i));
      run = i + 1;
      const [kind, to] = repair;
      if (to === '') this.#remove(i, i + 1, kind);
      else {
        this.#emit(i, i + 1, to);
        this.#record(kind, this.#out.length - 1, i, i + 1, to);
      }
    }
    if (run < stop) this.#emit(run, stop, source.slice(run, stop));
    if (tail !== -1 && next?.type === 'break') this.#lineEndHyphen(tail, next, afterNext);
  }

  /** A word broken after a hyphen, or a line ending in an em dash: see dehyphenate.ts. */
  #lineEndHyphen(at: number, brk: Piece & { type: 'break' }, after: Piece | undefined): void {
    const source = this.#source;
    const c = source.charCodeAt(at);
    const prefix = wordBefore(source, at);
    const suffix = after?.type === 'text' ? wordAfter(source, after.start, after.end) : '';
    const letters = WORD_CHAR.test(prefix.slice(-1)) && WORD_CHAR.test(suffix.slice(0, 1));
    if (c === 0x2014) {
      this.#emit(at, at + 1, '\u2014');
      if (suffix) this.#glue(at + 1, brk);
      return;
    }
    if (!letters) {
      // Not a broken word (`-` before a number or a quote): an ordinary joined line.
      this.#char(at);
      return;
    }
    this.#judge ??= createHyphenJudge(source);
    if (c !== 0x00ad && this.#judge(prefix, suffix)) {
      this.#char(at);
      this.#glue(at + 1, brk);
      return;
    }
    // Remove the hyphen and the break: the two halves are one word.
    const end = this.#skipSpaces(brk.end);
    this.#record('dehyphenate', this.#out.length, at, end, '');
    this.#pending = { start: at, end, kind: 'glue' };
  }

  /** Emits one source character, repaired if it needs it. */
  #char(i: number): void {
    const c = this.#source.charCodeAt(i);
    const repair = repairOf(c);
    if (!repair) this.#emit(i, i + 1, this.#source.charAt(i));
    else if (repair[1] === '') this.#remove(i, i + 1, repair[0]);
    else {
      this.#emit(i, i + 1, repair[1]);
      this.#record(repair[0], this.#out.length - 1, i, i + 1, repair[1]);
    }
  }

  /** A break joined with nothing, after a kept hyphen or an em dash. */
  #glue(from: number, brk: Piece & { type: 'break' }): void {
    const end = this.#skipSpaces(brk.end);
    this.#record('join-line', this.#out.length, from, end, '');
    this.#pending = { start: from, end, kind: 'glue' };
  }

  #skipSpaces(i: number): number {
    while (isSpace(this.#source.charCodeAt(i), false)) i++;
    return i;
  }

  #value(value: string, start: number, end: number): void {
    let out = '';
    let kind: RepairKind | undefined;
    let spaces = true;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (!isSpace(c, this.#collapse)) spaces = false;
      const repair = repairOf(c);
      if (repair) {
        kind ??= repair[0];
        out += repair[1];
      } else out += value.charAt(i);
    }
    if (spaces && this.#collapse) {
      this.#space(start, end);
      return;
    }
    if (out === '') {
      if (kind) this.#remove(start, end, kind);
      return;
    }
    this.#emit(start, end, out);
    if (kind) this.#record(kind, this.#out.length - out.length, start, end, out);
  }

  #break(start: number, end: number): void {
    if (this.#collapse) {
      this.#space(start, end);
      return;
    }
    const pending = this.#pending;
    if (pending?.kind === 'glue') {
      pending.end = Math.max(pending.end, end);
      return;
    }
    this.#pending = { start: pending ? pending.start : start, end, kind: 'join' };
  }

  /** Whitespace is held back until the next character, so blocks come out trimmed. */
  #space(start: number, end: number): void {
    const pending = this.#pending;
    if (pending && (pending.kind !== 'ws' || this.#collapse || pending.end === start)) {
      pending.end = Math.max(pending.end, end);
      return;
    }
    if (pending) this.#flush();
    this.#pending = { start, end, kind: 'ws' };
  }

  #flush(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending || this.#blockStart === -1) return;
    if (pending.kind === 'glue') return;
    if (pending.kind === 'join') {
      this.#record('join-line', this.#out.length, pending.start, pending.end, ' ');
      this.#out.span(pending.start, pending.end, ' ');
    } else if (this.#collapse) {
      this.#out.span(pending.start, pending.end, ' ');
    } else {
      this.#out.linear(pending.start, this.#source.slice(pending.start, pending.end));
    }
  }

  /** Appends cleaned `text` standing for source `[start, end)`. */
  #emit(start: number, end: number, text: string): void {
    if (this.#blockStart === -1) {
      this.#pending = undefined;
      if (this.#blocks.length > 0) {
        const previous = this.#blocks[this.#blocks.length - 1] as CleanBlock;
        this.#out.span(previous.sourceEnd, Math.max(previous.sourceEnd, start), '\n\n');
      }
      this.#blockStart = this.#out.length;
      this.#blockSourceStart = start;
    } else if (this.#pending) this.#flush();
    if (text.length === end - start) this.#out.linear(start, text);
    else this.#out.span(start, end, text);
    this.#blockSourceEnd = end;
  }

  #remove(start: number, end: number, kind: RepairKind): void {
    // Spaces before a removed character are not contiguous with spaces after it: write them now.
    if (this.#pending?.kind === 'ws' && !this.#collapse && this.#blockStart !== -1) this.#flush();
    this.#record(kind, this.#out.length, start, end, '');
  }

  #record(kind: RepairKind, at: number, sourceStart: number, sourceEnd: number, to: string): void {
    const last = this.#repairs[this.#repairs.length - 1];
    // Runs of the same repair (a row of NBSPs) are one entry, so hostile input cannot explode the list.
    if (last && last.kind === kind && last.sourceEnd === sourceStart && last.at + last.to.length === at) {
      last.from += this.#source.slice(sourceStart, sourceEnd);
      last.to += to;
      last.sourceEnd = sourceEnd;
      return;
    }
    this.#repairs.push({ kind, at, from: this.#source.slice(sourceStart, sourceEnd), to, sourceStart, sourceEnd });
  }
}

/** The letters (and inner hyphens) of the word ending just before `at`, at most 40. */
function wordBefore(source: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 40) {
    const ch = source.charAt(i - 1);
    if (!/[\p{L}\p{M}\p{N}\-\u2010\u2011]/u.test(ch)) break;
    i--;
  }
  return source.slice(i, at).replace(/^-+/, '');
}

/** The letters of the word starting at or after `from` (leading spaces skipped), at most 40. */
function wordAfter(source: string, from: number, end: number): string {
  let i = from;
  while (i < end && isSpace(source.charCodeAt(i), false)) i++;
  let j = i;
  while (j < end && j - i < 40 && /[\p{L}\p{M}\p{N}]/u.test(source.charAt(j))) j++;
  return source.slice(i, j);
}
