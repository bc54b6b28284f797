/**
 * Characters that must not reach a terminal or a CI log as they are: C0 and C1 controls (ESC starts
 * a terminal sequence, CR and LF end a line, BEL rings), the line and paragraph separators, and the
 * default-ignorable code points (zero-width and bidi controls), which are invisible on screen and
 * which the Actions runner's culture-aware `StartsWith("::")`/`IndexOf("##[")` skip over, so a
 * zero-width space would not keep `::` or `##[` apart.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Text that came from outside the tool — an article's words or outlet, a file name, a ledger value,
 * a message quoting them — made safe to print as part of one line on a terminal or in a GitHub
 * Actions log. Nothing is dropped: what is escaped is shown as a `\uXXXX` escape, so the user sees
 * what the file holds.
 *
 * - Each unsafe character above becomes `\u001b`, `\u000a`, `\u200b` (`\u{e0001}` above U+FFFF).
 * - `##[` becomes `##\u005b`: the runner reads `##[command]` anywhere in a line as a (legacy) command.
 * - A leading `:` (after any whitespace) becomes `\u003a`: the runner reads a line that starts with
 *   `::` after its leading whitespace as a command, and this text may begin a line of its own.
 *
 * The tool's own text (layout, colours, its `::error …::` annotations) is not passed through here.
 */
export function printable(text: string): string {
  return text
    .replace(UNSAFE, codeEscape)
    .replace(/##\[/g, '##\\u005b')
    .replace(/^(\s*):/, '$1\\u003a');
}

function codeEscape(c: string): string {
  const code = c.codePointAt(0) as number;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Several lines of outside text (an article's cleaned text) for a terminal: each line made
 * printable on its own, joined by the line feeds that were meant.
 */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

// JSON.stringify escapes C0 controls itself; the line feeds left are the layout's.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\p{Default_Ignorable_Code_Point}]/gu;

/**
 * `JSON.stringify(value, null, indent)` that is just as safe to print: the unsafe characters above and the
 * `[` of `##[` are written as `\uXXXX` escapes, which JSON reads back as the same characters, so the
 * data is unchanged. (Those characters only occur inside strings, where an escape means itself; no
 * JSON line starts with `:`.)
 */
export function printableJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replace(UNSAFE_IN_JSON, (c) =>
      c.length === 2
        ? `\\u${c.charCodeAt(0).toString(16)}\\u${c.charCodeAt(1).toString(16)}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/##\[/g, '##\\u005b');
}
