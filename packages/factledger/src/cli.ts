import { readFileSync } from 'node:fs';
import { isFactledgerError, printable, printableLines } from '@factledger/core';
import { helpText, parseCommandArgs, pickSubcommand } from './args.js';
import type { Command } from './command.js';
import type { CommandEntry } from './commands/index.js';
import { type Context, EXIT_CLEAN, EXIT_ERROR } from './context.js';
import { errorLines } from './print-error.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

function overview(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: factledger <command> [options] <files…>',
    '',
    'Source-tracked numeric fact-checking for news articles.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also after a command)',
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 clean, 1 findings, 2 usage or input error.',
    '',
  ].join('\n');
}

/**
 * Runs the CLI and returns the exit code. It never calls `process.exit` and never
 * throws for a user's mistake: those become one line on stderr and exit code 2.
 */
export async function run(argv: string[], context: Context): Promise<number> {
  // Loaded here rather than at the top so a test can run one command through `runCommand` alone.
  const { commands } = await import('./commands/index.js');
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    if (target) return runCommand(await target.load(), [...rest.slice(1), '--help'], context);
    context.stdout.write(overview(commands));
    return EXIT_CLEAN;
  }
  if (name === '-v' || name === '--version') {
    context.stdout.write(`${version}\n`);
    return EXIT_CLEAN;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const known = commands.map((c) => `\`${c.name}\``).join(', ');
    context.stderr.write(
      `factledger: Unexpected command \`${printable(name)}\`, expected one of ${known} (see \`factledger --help\`)\n`,
    );
    return EXIT_ERROR;
  }
  return runCommand(await command.load(), rest, context);
}

/**
 * Runs one command with its arguments (after its name): picks the sub-command of a group, prints
 * `--help`, parses the options and runs it. A user's mistake is printed as `factledger NAME: …`
 * on stderr (every line of it, when the error has several) and gives exit code 2.
 */
export async function runCommand(command: Command, argv: string[], context: Context): Promise<number> {
  const prefix = `factledger ${command.name}: `;
  try {
    let current = command;
    let path = command.name;
    let args = argv;
    while (current.subcommands) {
      const picked = pickSubcommand(current, args, path);
      if (picked.help) {
        context.stdout.write(helpText(current, path));
        return EXIT_CLEAN;
      }
      current = picked.subcommand;
      path = `${path} ${current.name}`;
      args = picked.argv;
    }
    const parsed = parseCommandArgs(current, args, path);
    if (parsed.values.help) {
      context.stdout.write(helpText(current, path));
      return EXIT_CLEAN;
    }
    return await current.run(context, parsed);
  } catch (error) {
    if (isFactledgerError(error)) {
      context.stderr.write(errorLines(error, prefix));
      return EXIT_ERROR;
    }
    // The reader of the output went away (`factledger extract … | head`): it has what it wanted.
    // Stop quietly, as Unix tools do; there is no one left to tell.
    if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') return EXIT_CLEAN;
    // A bug, not a user mistake: say so, with the stack, so it can be reported.
    context.stderr.write(
      `${prefix}internal error, please report it with the input that caused it:\n${printableLines((error as Error)?.stack ?? String(error))}\n`,
    );
    return EXIT_ERROR;
  }
}
