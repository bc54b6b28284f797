/**
 * Reads a step's output the way the GitHub Actions runner does (actions/runner, ActionCommand.cs and
 * ActionCommandManager.cs), and returns every workflow command it would find:
 *
 * - The output is split into lines at LF, CR or CRLF (.NET's `ReadLine`).
 * - `TryParseV2`: the line, leading whitespace trimmed, starts with `::` and has a second `::`; the
 *   command is the text between them up to a space.
 * - `TryParse` (the legacy form): `##[` anywhere in the line with a `]` after it; the command is the
 *   text between up to a space.
 *
 * It errs on the side of finding too many: any command name counts (after `::stop-commands::TOKEN`
 * the runner registers TOKEN itself, so no name is safe), and control and default-ignorable
 * characters are dropped first, because the runner's `StartsWith`/`IndexOf` compare culture-aware
 * and skip such characters (a zero-width space between two colons would not keep them apart).
 */
export interface RunnerCommand {
  form: 'v2' | 'legacy';
  name: string;
  /** The properties (v2 only), unescaped as the runner does. */
  properties: Record<string, string>;
  line: string;
}

const IGNORED = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/gu;

/** A text as this model reads it: without the characters the runner's comparisons skip. */
export function asCompared(text: string): string {
  return text.replace(IGNORED, '');
}

export function runnerCommands(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = asCompared(raw);
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      if (end >= 0) {
        const info = trimmed.slice(2, end);
        const space = info.indexOf(' ');
        const name = space < 0 ? info : info.slice(0, space);
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info.slice(space + 1).split(',')) {
            const eq = pair.indexOf('=');
            if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
          }
        }
        commands.push({ form: 'v2', name, properties, line: raw });
        continue;
      }
    }
    const prefix = line.indexOf('##[');
    if (prefix >= 0) {
      const close = line.indexOf(']', prefix);
      if (close >= 0) {
        const info = line.slice(prefix + 3, close);
        const space = info.indexOf(' ');
        commands.push({ form: 'legacy', name: space < 0 ? info : info.slice(0, space), properties: {}, line: raw });
      }
    }
  }
  return commands;
}

function unescapeProperty(text: string): string {
  return text
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');
}
