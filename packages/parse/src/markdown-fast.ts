import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import { BLOCK_START, frontMatterIn } from './markdown-syntax.js';
import { shiftReferences } from './references.js';
import { lineEnd, nextLineStart } from './text-blocks.js';

/**
 * Why this exists: micromark parses every character through CommonMark's state machines, and that
 * was a fifth of all the time parse and extract take on a news corpus, where most paragraphs are
 * plain prose in which Markdown changes nothing. A paragraph is left out of the parse when nothing
 * in it can mean anything to CommonMark (see {@link isPlainLine}) and the blocks before it are
 * closed (no fence or raw-HTML block open across the blank line): its tree is then known without
 * parsing — one paragraph holding one text node, the lines as written less the indentation
 * CommonMark strips from each (text wrapped by hand is often indented). Everything else is parsed
 * by remark as before, in runs of consecutive groups, and moved to its place in the file. A test
 * checks that the result equals the whole-file parse on every article we have.
 */

/**
 * Characters that may start inline syntax (escapes, code, emphasis, HTML and autolinks, character
 * references), and NUL, which CommonMark reads as U+FFFD. Brackets are left to {@link INLINE_LINK}.
 */
const INLINE = /[\\`*_<&\0]/;
/**
 * Brackets make a link only as `[text](destination)` once a file has no definition (a file that may
 * have one is parsed whole): `[1]`, `[sic]` and a bracket left open are text as written.
 */
const INLINE_LINK = '](';

interface Parser {
  parse(text: string): unknown;
}

/** An ATX heading whose text is plain: `## Budget talks resume`. */
const HEADING = /^(#{1,6}) ([^#]*)$/;

/**
 * `plain`: prose, perhaps indented by up to three spaces, which CommonMark strips. `indented`: prose
 * indented further, which is the rest of a paragraph after a line of one (indented code cannot
 * interrupt a paragraph) and code anywhere else; CommonMark strips its indentation too.
 */
type LineKind = 'plain' | 'indented' | 'heading' | 'other';

/** The number of spaces and tabs a line starts with. */
function indentOf(line: string): number {
  let k = 0;
  for (;;) {
    const c = line.charCodeAt(k);
    if (c !== 32 && c !== 9) return k;
    k++;
  }
}

function kindOf(line: string, indent: number): LineKind {
  if (indent === 0) {
    const m = HEADING.exec(line);
    if (m) return isPlainLine(m[2] as string) ? 'heading' : 'other';
  }
  if (!isPlainLine(indent ? line.slice(indent) : line)) return 'other';
  if (indent === 0) return 'plain';
  return indent <= 3 && !line.slice(0, indent).includes('\t') ? 'plain' : 'indented';
}

/** Text that CommonMark reads as itself: no leading or trailing whitespace, no syntax. */
function isPlainLine(line: string): boolean {
  if (line === '') return false;
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  if (first === 32 || first === 9 || last === 32 || last === 9) return false;
  return !BLOCK_START.test(line) && !INLINE.test(line) && !line.includes(INLINE_LINK);
}

/**
 * Whether the Markdown read so far leaves a fence or a raw-HTML block open, so that a blank line
 * does not end it. Fed a group at a time, each once, so a file with an unclosed fence and ten
 * thousand paragraphs after it costs one pass, not one per paragraph. It errs towards open: a group
 * it wrongly keeps in the run is only parsed by remark, as every group once was.
 */
class OpenBlocks {
  #fence: string | undefined;
  #comment = false;
  #raw = 0;
  #declaration = false;

  feed(text: string): void {
    for (const line of text.split(/\r\n|\r|\n/)) {
      const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (!m) continue;
      const marks = m[1] as string;
      if (this.#fence === undefined) this.#fence = marks;
      else if (marks[0] === this.#fence[0] && marks.length >= this.#fence.length && /^ {0,3}[`~]+\s*$/.test(line)) {
        this.#fence = undefined;
      }
    }
    // Comments, processing instructions, declarations, CDATA and <script>, <pre>, <style>,
    // <textarea> run past blank lines.
    let at = 0;
    for (;;) {
      const next = this.#comment ? text.indexOf('-->', at) : text.indexOf('<!--', at);
      if (next === -1) break;
      this.#comment = !this.#comment;
      at = next + 3;
    }
    if (/<\?|<![A-Za-z[]/.test(text)) this.#declaration = true;
    this.#raw += text.match(/<(?:script|pre|style|textarea)\b/gi)?.length ?? 0;
    this.#raw -= text.match(/<\/(?:script|pre|style|textarea)>/gi)?.length ?? 0;
  }

  get open(): boolean {
    return this.#fence !== undefined || this.#comment || this.#declaration || this.#raw > 0;
  }
}

interface Line {
  start: number;
  /** Where its text starts, past the indentation. */
  text: number;
  end: number;
  kind: LineKind;
}

interface Group {
  start: number;
  end: number;
  line: number;
  /** Its lines while it may be made without remark: prose (indented or not) and plain headings only. */
  lines: Line[] | undefined;
}

/**
 * The tree remark would make of `source` (after a byte order mark of `shift` characters), with
 * plain paragraphs made directly. `first` parses the run at the start (front matter is read there
 * only); `rest` every later run.
 */
export function parseMarkdownFast(source: string, shift: number, first: Parser, rest: Parser): Root {
  // A link reference definition (`[name]: url`) names a link for the whole file, so a file that may
  // hold one is parsed whole. `]:` is rare in prose; looking for it is linear, as a regex for the
  // definition's form would not be.
  if (source.includes(']:')) return first.parse(source.slice(shift)) as Root;
  const root: Root = { type: 'root', children: [] };
  // Front matter is read as remark-frontmatter reads it, without parsing the file for it.
  const matter = frontMatterIn(source, shift);
  let from = shift;
  let firstLine = 1;
  if (matter) {
    const lines = source.slice(shift, matter.end).split(/\r\n|\r|\n/);
    root.children.push({
      type: 'yaml',
      value: matter.value,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: matter.end - shift },
      },
    });
    from = matter.end < source.length ? nextLineStart(source, matter.end) : source.length;
    firstLine = lines.length + 1;
  }
  const groups = groupsOf(source, from, firstLine);
  let k = 0;
  while (k < groups.length) {
    const group = groups[k] as Group;
    if (group.lines) {
      for (const node of simpleBlocks(source, group, shift)) root.children.push(node);
      k++;
      continue;
    }
    // A run of groups remark must read: up to the next simple group after the blocks are closed.
    const blocks = new OpenBlocks();
    blocks.feed(source.slice(group.start, group.end));
    let end = k + 1;
    while (end < groups.length) {
      const next = groups[end] as Group;
      if (next.lines && !blocks.open) break;
      blocks.feed(source.slice(next.start, next.end));
      end++;
    }
    // The blank lines after the run are given too: indented code takes in whitespace lines that
    // follow it, as it does in the whole file.
    const until = end < groups.length ? (groups[end] as Group).start : source.length;
    const tree = rest.parse(source.slice(group.start, until)) as Root;
    for (const node of tree.children) {
      move(node, group.start - shift, group.line - 1);
      root.children.push(node);
    }
    k = end;
  }
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: groups.at(-1)?.line ?? 1, column: 1, offset: source.length - shift },
  };
  return root;
}

/** Blank-line separated groups of lines; the front matter, if any, is a group of its own. */
function groupsOf(source: string, from: number, firstLine: number): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let line = firstLine;
  let i = from;
  const n = source.length;
  while (i <= n) {
    const end = lineEnd(source, i);
    const text = source.slice(i, end);
    // Blank as CommonMark has it: spaces and tabs only (a form feed or a no-break space is content).
    if (/^[ \t]*$/.test(text)) {
      if (current) groups.push(current);
      current = undefined;
    } else {
      const indent = indentOf(text);
      const kind = kindOf(text, indent);
      current ??= { start: i, end, line, lines: [] };
      current.end = end;
      const previous = current.lines?.at(-1)?.kind;
      if (kind === 'other' || (kind === 'indented' && previous !== 'plain' && previous !== 'indented')) {
        current.lines = undefined;
      } else current.lines?.push({ start: i, text: i + indent, end, kind });
    }
    if (end >= n) break;
    i = nextLineStart(source, end);
    line++;
  }
  if (current) groups.push(current);
  return groups;
}

/** The paragraphs and headings of a group of prose lines and plain headings, as remark makes them. */
function simpleBlocks(source: string, group: Group, shift: number): RootContent[] {
  const out: RootContent[] = [];
  const lines = group.lines as Line[];
  const at = (offset: number, line: number, lineStart: number) => ({
    line,
    column: offset - lineStart + 1,
    offset: offset - shift,
  });
  let k = 0;
  while (k < lines.length) {
    const first = lines[k] as Line;
    const line = group.line + k;
    if (first.kind === 'heading') {
      const hashes = source.indexOf(' ', first.start) - first.start;
      const textStart = first.start + hashes + 1;
      const position = { start: at(first.start, line, first.start), end: at(first.end, line, first.start) };
      const textPosition = { start: at(textStart, line, first.start), end: at(first.end, line, first.start) };
      out.push({
        type: 'heading',
        depth: hashes as 1 | 2 | 3 | 4 | 5 | 6,
        children: [{ type: 'text', value: source.slice(textStart, first.end), position: textPosition }],
        position,
      });
      k++;
      continue;
    }
    let last = k;
    let value = source.slice(first.text, first.end);
    for (; last + 1 < lines.length && (lines[last + 1] as Line).kind !== 'heading'; last++) {
      const next = lines[last + 1] as Line;
      // The line ending as written, the indentation left out.
      value += source.slice((lines[last] as Line).end, next.start) + source.slice(next.text, next.end);
    }
    const end = lines[last] as Line;
    const endLine = group.line + last;
    const position = () => ({ start: at(first.text, line, first.start), end: at(end.end, endLine, end.start) });
    out.push({
      type: 'paragraph',
      children: [{ type: 'text', value, position: position() }],
      position: position(),
    } satisfies Paragraph);
    k = last + 1;
  }
  return out;
}

/** Moves a node parsed from a slice to where the slice is: `offset` characters and `line` lines on. */
function move(node: Nodes | RootContent, offset: number, line: number): void {
  if (offset === 0 && line === 0) return;
  const p = node.position;
  if (p) {
    p.start = {
      ...p.start,
      line: p.start.line + line,
      ...(p.start.offset !== undefined ? { offset: p.start.offset + offset } : {}),
    };
    p.end = {
      ...p.end,
      line: p.end.line + line,
      ...(p.end.offset !== undefined ? { offset: p.end.offset + offset } : {}),
    };
  }
  shiftReferences(node, offset);
  if ('children' in node) for (const child of node.children) move(child, offset, line);
}
