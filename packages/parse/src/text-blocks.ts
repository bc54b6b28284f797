import type { Piece, RawBlock } from './pieces.js';

/** What the Markdown parser saw in a plain-text file, by 1-based line number. */
export interface LineHints {
  /** Lines where a block construct (list item, heading, code, HTML, rule) starts or a new one follows. */
  boundaries: Set<number>;
  /** Lines inside a heading (`# Title`, or `Title` over `=====`). */
  headings: Set<number>;
}

interface Line {
  /** Content without surrounding whitespace. */
  start: number;
  end: number;
  /** 1-based line number. */
  number: number;
  length: number;
}

/**
 * Widest line of a hard-wrapped text: wrapping is done at 60–80 columns, PDF
 * extraction of a full-width page gives up to ~120; a paragraph whose longest
 * line is longer was not wrapped at all (scraped web text, one line per paragraph).
 */
const MAX_WRAP_WIDTH = 130;
/** Narrowest wrap width: below it the "lines" are menus and labels, not prose. */
const MIN_WRAP_WIDTH = 40;
/** A line at least this share of the wrap width was broken by the wrapper, not by the writer. */
const FULL_LINE = 0.6;

/** Whitespace a line may be padded with, including the odd spaces scraped text carries. */
/** Where the line starting at `i` ends: before its `\n`, `\r\n` or lone `\r`, or at the end of the text. */
export function lineEnd(source: string, i: number): number {
  let end = i;
  while (end < source.length) {
    const c = source.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  return end;
}

/** Where the next line starts, after the line ending at `end`. */
export function nextLineStart(source: string, end: number): number {
  return end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
}

function isBlank(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x200b ||
    c === 0x2060 ||
    c === 0x202f ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/** Sentence-final punctuation, looking through closing quotes and brackets. */
export function endsSentence(source: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && /["'\u201d\u2019)\]]/.test(source.charAt(i))) i--;
  return i >= start && /[.!?:\u2026]/.test(source.charAt(i));
}

function startsLowercase(source: string, at: number): boolean {
  let i = at;
  // Through an opening quote or bracket: `(which` and `“and` continue a sentence too.
  if (/["'\u201c\u2018(]/.test(source.charAt(i))) i++;
  return /\p{Ll}/u.test(source.charAt(i));
}

function endsWithBreakHyphen(source: string, line: Line): boolean {
  const c = source.charCodeAt(line.end - 1);
  if (c === 0x00ad) return true;
  return (c === 45 || c === 0x2010) && line.length > 1 && /[\p{L}\p{N}]/u.test(source.charAt(line.end - 2));
}

/** A lone e-mail address or URL is a line of its own (a byline, a link), never a continuation. */
function isLoneAddress(source: string, line: Line): boolean {
  if (line.length > 200) return false;
  const text = source.slice(line.start, line.end);
  return !/\s/.test(text) && (/^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/.test(text) || /^[a-z][a-z0-9+.-]*:\/\//i.test(text));
}

/**
 * Splits plain text into blocks. Blank lines always separate blocks. Inside a
 * group of lines, a line break is a soft wrap (joined) when
 * - the next line starts lowercase and the text is wrapped or the line does
 *   not end a sentence,
 * - or the line ends with a hyphen after a letter (a broken word),
 * - or the group is hard-wrapped and the line is nearly full (≥ 60% of the
 *   group's wrap width, see `widest`) without ending a sentence;
 * otherwise the next line starts a new block, because scraped web pages put
 * headlines, captions and menu debris on lines right under each other.
 *
 * A group counts as hard-wrapped when its longest line is between 40 and 130
 * characters and it has at least three lines — or, for two-line groups, when
 * most of the document is made of such wrapped groups (a PDF extraction).
 */
export function textBlocks(source: string, from: number, hints: LineHints): RawBlock[] {
  const groups = lineGroups(source, from);
  let wrappedLines = 0;
  let allLines = 0;
  for (const group of groups) {
    allLines += group.length;
    if (group.length >= 3 && isWrapWidth(widest(group))) wrappedLines += group.length;
  }
  const documentWrapped = allLines > 0 && wrappedLines / allLines >= 0.5;

  const blocks: RawBlock[] = [];
  groups.forEach((group, g) => {
    const width = widest(group);
    const wrapped = isWrapWidth(width) && (group.length >= 3 || documentWrapped);
    let current: Line[] = [];
    const finish = () => {
      if (current.length > 0) blocks.push(toBlock(current, g, hints));
      current = [];
    };
    for (let k = 0; k < group.length; k++) {
      const line = group[k] as Line;
      const previous = current[current.length - 1];
      if (previous && !joins(source, previous, line, width, wrapped, hints)) finish();
      current.push(line);
    }
    finish();
  });
  return blocks;
}

function isWrapWidth(width: number): boolean {
  return width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH;
}

/**
 * The wrap width of a group: its longest line, except that in longer groups a
 * few overlong lines (two lines a PDF extraction ran together) are ignored by
 * taking the 80th percentile.
 */
function widest(group: Line[]): number {
  const lengths = group.map((line) => line.length).sort((a, b) => a - b);
  const index = group.length >= 5 ? Math.floor(0.8 * (lengths.length - 1)) : lengths.length - 1;
  return lengths[index] ?? 0;
}

function joins(source: string, a: Line, b: Line, width: number, wrapped: boolean, hints: LineHints): boolean {
  if (hints.boundaries.has(b.number)) return false;
  if (hints.headings.has(a.number) !== hints.headings.has(b.number)) return false;
  if (isLoneAddress(source, a) || isLoneAddress(source, b)) return false;
  if (endsWithBreakHyphen(source, a) && /[\p{L}\p{N}]/u.test(source.charAt(b.start))) return true;
  const final = endsSentence(source, a.start, a.end);
  if (startsLowercase(source, b.start) && (wrapped || !final)) return true;
  // `…rose to` / `$4.8 billion, …`: a line left mid-phrase (its last word in lower case, as a headline's
  // never is) continues onto a line that opens with a figure.
  if (!final && startsFigure(source, b.start) && endsLowercaseWord(source, a)) return true;
  return wrapped && !final && a.length >= FULL_LINE * width;
}

function endsLowercaseWord(source: string, line: Line): boolean {
  const text = source.slice(Math.max(line.start, line.end - 40), line.end);
  return /(?:^|\s)\p{Ll}[\p{L}'-]*,?$/u.test(text);
}

function startsFigure(source: string, at: number): boolean {
  return /[\p{Nd}\p{Sc}]/u.test(source.charAt(at));
}

function toBlock(lines: Line[], group: number, hints: LineHints): RawBlock {
  const pieces: Piece[] = [];
  lines.forEach((line, k) => {
    const previous = lines[k - 1];
    if (previous) pieces.push({ type: 'break', start: previous.end, end: line.start });
    pieces.push({ type: 'text', start: line.start, end: line.end });
  });
  const block: RawBlock = { pieces, group, lines: lines.length };
  if (lines.every((line) => hints.headings.has(line.number))) block.hint = 'heading';
  return block;
}

/** Non-blank lines, grouped between blank lines. Line endings: `\n`, `\r\n`, lone `\r`. */
function lineGroups(source: string, from: number): Line[][] {
  const groups: Line[][] = [];
  let group: Line[] = [];
  let number = 1;
  let i = from;
  const n = source.length;
  while (i <= n) {
    const end = lineEnd(source, i);
    let s = i;
    while (s < end && isBlank(source.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isBlank(source.charCodeAt(e - 1))) e--;
    if (e > s) group.push({ start: s, end: e, number, length: e - s });
    else if (group.length > 0) {
      groups.push(group);
      group = [];
    }
    if (end >= n) break;
    i = nextLineStart(source, end);
    number++;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
