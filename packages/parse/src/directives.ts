import type { Directive, LineIndex } from '@factledger/core';

/** A comment in the source, `<!--` to `-->`, as offsets `[start, end)`. */
export interface Comment {
  start: number;
  end: number;
}

// Longest kind first, and a kind ends at a space or the comment's end: `disable-line` is no `disable`.
const DIRECTIVE = /^\s*factledger-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;
/** ESLint's separator between the rules and the reason: two or more dashes with space around. */
const REASON = /\s-{2,}(?:\s|$)/;

/** Every comment of `source` that holds a full `<!-- … -->` in `[start, end)`: an HTML node may hold several. */
export function commentsIn(source: string, start: number, end: number, into: Comment[]): void {
  // indexOf, not /<!--[\s\S]*?-->/g: a regex retries the lazy scan from every `<!--` that is never
  // closed, which is quadratic in a file full of them.
  let at = source.indexOf('<!--', start);
  while (at !== -1 && at < end) {
    const close = source.indexOf('-->', at + 4);
    if (close === -1 || close + 3 > end) return;
    into.push({ start: at, end: close + 3 });
    at = source.indexOf('<!--', close + 3);
  }
}

/**
 * The `factledger-…` directives among an article's comments. `comments` are every comment of the
 * file in source order (the parser's, so none inside code): a line holding only comments has no
 * content, so `disable-next-line` reaches past it, as it reaches past blank lines.
 */
export function readDirectives(source: string, lines: LineIndex, comments: readonly Comment[]): Directive[] {
  const directives: Directive[] = [];
  const next = new NextContentLine(source, lines, comments);
  comments.forEach((comment, k) => {
    const m = DIRECTIVE.exec(source.slice(comment.start + 4, comment.end - 3));
    if (!m) return;
    const kind = m[1] as Directive['kind'];
    const rest = m[2] as string;
    const cut = rest.search(REASON);
    const rules = (cut === -1 ? rest : rest.slice(0, cut)).split(/[\s,]+/).filter(Boolean);
    const reason =
      cut === -1
        ? ''
        : rest
            .slice(cut)
            .replace(/^\s-{2,}/, '')
            .trim();
    const base = {
      rules,
      ...(reason ? { reason } : {}),
      position: lines.position(comment.start, comment.end),
    };
    if (kind === 'disable' || kind === 'enable') directives.push({ kind, ...base });
    else {
      const line = kind === 'disable-line' ? base.position.start.line : next.after(comment.end, k + 1);
      directives.push({ kind, ...base, line });
    }
  });
  return directives;
}

/**
 * The first line after the one an offset is on with a character that is neither space nor in a
 * comment. Asked in source order; the last answer is kept, so a stack of directives over one line
 * scans the lines between once, not once for each.
 */
class NextContentLine {
  #from = 0;
  #found = 0;

  constructor(
    readonly source: string,
    readonly lines: LineIndex,
    readonly comments: readonly Comment[],
  ) {}

  /** `comment`: the index of the first comment that ends after `offset`. */
  after(offset: number, comment: number): number {
    const first = this.lines.point(offset).line + 1;
    if (first >= this.#from && first <= this.#found) return this.#found;
    this.#from = first;
    this.#found = this.#scan(first, comment);
    return this.#found;
  }

  #scan(first: number, comment: number): number {
    const { source, lines, comments } = this;
    let c = comment;
    for (let line = first; line <= lines.lines; line++) {
      let i = lines.offset(line, 1) as number;
      const end = line < lines.lines ? (lines.offset(line + 1, 1) as number) : source.length;
      while (i < end) {
        while (c < comments.length && (comments[c] as Comment).end <= i) c++;
        const k = comments[c];
        if (k && k.start <= i) {
          i = k.end;
          continue;
        }
        if (!/\s/.test(source.charAt(i))) return line;
        i++;
      }
    }
    // Nothing follows: a line past the end, which no finding is on.
    return first;
  }
}
