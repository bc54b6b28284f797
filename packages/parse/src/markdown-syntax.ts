import { lineEnd, nextLineStart } from './text-blocks.js';

// What both Markdown readers (remark's and the fast path) recognise in the raw text alone.

export interface FrontMatter {
  /** The YAML text. */
  value: string;
  /** Offset of the YAML text in the source. */
  offset: number;
  /** Offset just past the closing fence: nothing before it is article text. */
  end: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * YAML front matter as remark-frontmatter reads it: a `---` line (trailing spaces and tabs allowed)
 * first in the file, up to the next such line. Read line by line, not by one regex, so a file with
 * an opening fence and no closing one costs one pass.
 */
export function frontMatterIn(source: string, shift: number): FrontMatter | undefined {
  const firstEnd = lineEnd(source, shift);
  if (!FENCE.test(source.slice(shift, firstEnd)) || firstEnd >= source.length) return undefined;
  const offset = nextLineStart(source, firstEnd);
  let at = offset;
  while (at <= source.length) {
    const end = lineEnd(source, at);
    if (FENCE.test(source.slice(at, end))) {
      // The value is the lines between the fences, without the line ending before the closing one.
      const valueEnd = at === offset ? offset : at - (source.startsWith('\r\n', at - 2) ? 2 : 1);
      return { value: source.slice(offset, valueEnd), offset, end };
    }
    if (end >= source.length) return undefined;
    at = nextLineStart(source, end);
  }
  return undefined;
}

/** A line start that may open a Markdown block construct (or a setext underline, or a definition). */
export const CONSTRUCT = /^(?: {0,3}(?:[#>*+\-=_`~<[]|\d{1,9}[.)])| {4}|\t)/;

/**
 * The start of a line's text (past its indentation) that opens or interrupts a block: an ATX
 * heading, a block quote, a list item, a setext underline or thematic break, a fence, HTML, a
 * definition. Narrower than {@link CONSTRUCT}: `---|---|`, `#5`, `2019.5` and `-based` are text.
 * `*` and `_` are not here: they start emphasis too, and whoever asks looks for them anyway.
 */
export const BLOCK_START =
  /^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[=-]+[ \t]*$|(?:-[ \t]*){3,}$|`{3}|~{3}|<|\[)/;
