import { readFileSync } from 'node:fs';
import { isFactledgerError } from '@factledger/core';
import { helpText, parseCommandArgs } from './args.js';
import { commands } from './commands/index.js';
import { type Context, EXIT_CLEAN, EXIT_ERROR } from './context.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

function overview(): string {
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
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    context.stdout.write(target ? helpText(target) : overview());
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
      `factledger: Unexpected command \`${name}\`, expected one of ${known} (see \`factledger --help\`)\n`,
    );
    return EXIT_ERROR;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help) {
      context.stdout.write(helpText(command));
      return EXIT_CLEAN;
    }
    return await command.run(context, parsed);
  } catch (error) {
    if (isFactledgerError(error)) {
      context.stderr.write(`factledger ${command.name}: ${error.format()}\n`);
      return EXIT_ERROR;
    }
    // A bug, not a user mistake: say so, with the stack, so it can be reported.
    context.stderr.write(
      `factledger ${command.name}: internal error, please report it with the input that caused it:\n${(error as Error)?.stack ?? String(error)}\n`,
    );
    return EXIT_ERROR;
  }
}
