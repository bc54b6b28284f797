import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import type { Processor } from 'unified';

/** A character reference a parser decoded: source `[start, end)` became `value`. */
export interface Reference {
  start: number;
  end: number;
  value: string;
}

/** The reference starting at a source offset, if the parser decoded one there. */
export type ReferenceAt = (at: number) => Reference | undefined;

/*
 * Character references are the one place where a parser's text is not the source with characters
 * left out, and whether `&…` is one depends on rules no guess reproduces (`&s;` is text in
 * Markdown, `&#0Monday` a reference in HTML, `&notit;` decodes its first four characters). So the
 * positions come from the parsers themselves: micromark's tokens for Markdown, and for HTML the
 * very decoder parse5 runs, in the mode it uses for text.
 */

interface Point {
  offset?: number;
}
interface MarkerToken {
  start: Point;
  end: Point;
}
interface TextLike {
  type: string;
  value?: string;
}
interface CompileContext {
  stack: TextLike[];
}

/** References of each mdast text node, offsets into the string the parser was given. */
const markdownReferences = new WeakMap<object, Reference[]>();

/**
 * A remark plugin that records where micromark found each character reference. The mdast
 * compiler appends the decoded value to the text node on top of its stack between the `&` and
 * `;` markers, so the text added between them is what the reference produced.
 */
export function recordReferences(this: Processor): void {
  let open: { node: TextLike; valueStart: number; start: number } | undefined;
  const exitMarker = function (this: CompileContext, token: MarkerToken): undefined {
    const node = this.stack[this.stack.length - 1];
    if (node?.type !== 'text' || token.start.offset === undefined || token.end.offset === undefined) return;
    const length = node.value?.length ?? 0;
    if (!open || open.node !== node) {
      open = { node, valueStart: length, start: token.start.offset };
      return;
    }
    const list = markdownReferences.get(node) ?? [];
    list.push({ start: open.start, end: token.end.offset, value: (node.value ?? '').slice(open.valueStart) });
    markdownReferences.set(node, list);
    open = undefined;
  };
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  data.fromMarkdownExtensions ??= [];
  data.fromMarkdownExtensions.push({ exit: { characterReferenceMarker: exitMarker } });
}

/** Moves a node's recorded references with it, when a tree parsed from a slice is moved to where the slice is. */
export function shiftReferences(node: object, offset: number): void {
  const list = markdownReferences.get(node);
  if (!list) return;
  markdownReferences.set(
    node,
    list.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })),
  );
}

/** The references micromark decoded in an mdast text node, its offsets shifted by `shift`. */
export function markdownReferenceAt(node: object, shift: number): ReferenceAt | undefined {
  const list = markdownReferences.get(node);
  if (!list) return undefined;
  const byStart = new Map<number, Reference>();
  for (const r of list) byStart.set(r.start + shift, { start: r.start + shift, end: r.end + shift, value: r.value });
  return (at) => byStart.get(at);
}

let decoded = '';
let consumed = 0;
const decoder = new HtmlEntityDecoder((codePoint, length) => {
  decoded += String.fromCodePoint(codePoint);
  consumed = length;
});

/**
 * The reference parse5 decodes at `at` in text (the HTML spec's legacy rules: a missing `;` after
 * some names, numeric references without one, invalid code points replaced), if any.
 */
export function htmlReferenceAt(source: string, at: number): Reference | undefined {
  if (source.charCodeAt(at) !== 38 /* & */) return undefined;
  decoded = '';
  consumed = 0;
  decoder.startEntity(DecodingMode.Legacy);
  // As parse5 does: the decoder reads from after the `&`, and is told where the input ends.
  if (decoder.write(source, at + 1) < 0) decoder.end();
  if (decoded === '' || consumed <= 0) return undefined;
  return { start: at, end: at + consumed, value: decoded };
}
