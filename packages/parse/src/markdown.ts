import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { alignValue } from './align.js';
import { type Comment, commentsIn } from './directives.js';
import { parseMarkdownFast } from './markdown-fast.js';
import { CONSTRUCT, type FrontMatter, frontMatterIn } from './markdown-syntax.js';
import type { Piece, RawBlock } from './pieces.js';
import { markdownReferenceAt, recordReferences } from './references.js';
import { type LineHints, lineEnd, nextLineStart } from './text-blocks.js';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(recordReferences);
// For a run of the file after its start, where a `---` line is a rule, never front matter.
const bodyParser = unified().use(remarkParse).use(recordReferences);
const textParser = unified().use(remarkParse);

export interface MarkdownResult {
  blocks: RawBlock[];
  frontMatter: FrontMatter | undefined;
  /** The HTML comments outside code, in source order: where directives are. */
  comments: Comment[];
}

/**
 * The Markdown parser strips a byte order mark before it counts offsets, so the
 * tree is parsed from the text after it and every offset is shifted back by `shift`.
 */
function parseTree(parser: typeof textParser, source: string, shift: number): Root {
  return parser.parse(shift ? source.slice(shift) : source) as Root;
}

/** The tree `parseArticle` reads a Markdown article from; `whole` parses every paragraph with remark. */
export function parseMarkdown(source: string, shift: number, whole = false): Root {
  if (whole) return parseTree(markdownParser, source, shift);
  return parseMarkdownFast(source, shift, markdownParser, bodyParser);
}

/**
 * The blocks of a Markdown tree and its front matter, with offsets into `source` (the text the tree
 * was parsed from, byte order mark included). The front matter is the tree's `yaml` node; a tree
 * parsed without remark-frontmatter has none, so the source's own front matter is read instead and
 * the nodes the parser made of its lines (a rule, a heading) are not article text.
 */
export function markdownBlocks(tree: Root, source: string, shift: number): MarkdownResult {
  const blocks: RawBlock[] = [];
  const comments: Comment[] = [];
  let frontMatter: FrontMatter | undefined;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (yaml) {
    const start = (yaml.position?.start.offset ?? 0) + shift;
    frontMatter = {
      value: yaml.value,
      offset: start + fenceLength(source, start),
      end: (yaml.position?.end.offset ?? 0) + shift,
    };
  } else frontMatter = frontMatterIn(source, shift);
  const textFrom = frontMatter?.end ?? 0;
  const walk = (node: Nodes) => {
    const start = node.position?.start.offset;
    if (start !== undefined && start + shift < textFrom) return;
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const pieces: Piece[] = [];
        for (const child of node.children) inline(source, child, shift, pieces, comments);
        const block: RawBlock = { pieces };
        if (node.type === 'heading') block.hint = 'heading';
        blocks.push(block);
        return;
      }
      case 'code': {
        // Code in an article is quoted text (a statement, a table pasted as is): keep its words.
        const pieces: Piece[] = [];
        const range = rangeOf(node, shift);
        if (range) alignValue(source, range[0], range[1], node.value, pieces, { markdown: true });
        blocks.push({ pieces });
        return;
      }
      case 'html': {
        const range = rangeOf(node, shift);
        if (range) commentsIn(source, range[0], range[1], comments);
        return;
      }
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
    }
  };
  for (const node of tree.children) walk(node);
  return { blocks, frontMatter, comments };
}

/** The length of the line at `start` with its line ending: the opening fence. */
function fenceLength(source: string, start: number): number {
  const raw = source.slice(start);
  const newline = raw.search(/\r\n|\r|\n/);
  return newline === -1 ? raw.length : newline + (raw.startsWith('\r\n', newline) ? 2 : 1);
}

function rangeOf(node: Nodes, shift: number): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start + shift, end + shift];
}

function inline(source: string, node: Nodes, shift: number, pieces: Piece[], comments: Comment[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const range = rangeOf(node, shift);
      const options = {
        markdown: true,
        codeSpan: node.type === 'inlineCode',
        referenceAt: markdownReferenceAt(node, shift),
      };
      if (range) alignValue(source, range[0], range[1], node.value, pieces, options);
      return;
    }
    case 'break': {
      const range = rangeOf(node, shift);
      if (range) pieces.push({ type: 'break', start: range[0], end: range[1] });
      return;
    }
    case 'html': {
      const range = rangeOf(node, shift);
      if (range) commentsIn(source, range[0], range[1], comments);
      return;
    }
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node)
        for (const child of node.children as RootContent[]) inline(source, child, shift, pieces, comments);
  }
}

/**
 * Plain text goes through the same parser, but only to learn where its block
 * constructs begin (`1.` items, `#` headings, indented code, HTML, rules): the
 * text itself is read line by line from the source, so nothing the Markdown
 * syntax would swallow (`*`, `_`, `<`, indentation, escapes) is lost.
 *
 * Only groups of lines (between blank lines) where some line starts like a
 * block construct are parsed, each on its own: every other group can only be
 * a paragraph, and parsing megabytes of prose to learn that costs more than
 * the rest of the stage together.
 */
export function plainTextHints(source: string, shift: number): LineHints {
  const boundaries = new Set<number>();
  const headings = new Set<number>();
  for (const group of suspiciousGroups(source, shift)) {
    const tree = textParser.parse(source.slice(group.start, group.end)) as Root;
    const offset = group.line - 1;
    const mark = (node: Nodes) => {
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (start === undefined || end === undefined) return;
      boundaries.add(start + offset);
      boundaries.add(end + 1 + offset);
      if (node.type === 'heading') for (let line = start; line <= end; line++) headings.add(line + offset);
    };
    for (const node of tree.children) {
      if (node.type === 'paragraph') {
        // A paragraph right after another construct starts a block too.
        if (node.position) boundaries.add(node.position.start.line + offset);
        continue;
      }
      mark(node);
      if (node.type === 'list') for (const item of node.children) mark(item);
    }
  }
  return { boundaries, headings };
}

interface Group {
  start: number;
  end: number;
  /** 1-based line number of the group's first line. */
  line: number;
}

function suspiciousGroups(source: string, from: number): Group[] {
  const groups: Group[] = [];
  let line = 1;
  let groupStart = -1;
  let groupLine = 0;
  let suspicious = false;
  let i = from;
  const n = source.length;
  const close = (end: number) => {
    if (groupStart !== -1 && suspicious) groups.push({ start: groupStart, end, line: groupLine });
    groupStart = -1;
    suspicious = false;
  };
  while (i <= n) {
    const end = lineEnd(source, i);
    const blank = !/\S/.test(source.slice(i, Math.min(end, i + 200))) && end - i < 200;
    if (blank) close(i);
    else {
      if (groupStart === -1) {
        groupStart = i;
        groupLine = line;
      }
      if (!suspicious && CONSTRUCT.test(source.slice(i, Math.min(end, i + 16)))) suspicious = true;
    }
    if (end >= n) {
      close(n);
      break;
    }
    i = nextLineStart(source, end);
    line++;
  }
  return groups;
}
