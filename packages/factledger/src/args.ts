import { parseArgs } from 'node:util';
import { FactledgerError } from '@factledger/core';
import type { Command, OptionSpec, Parsed } from './command.js';

/**
 * Parses a command's arguments; every mistake becomes one usage error that names the flag.
 * `path` is how the user calls it (`ledger add`), for the hint.
 */
export function parseCommandArgs(command: Command, argv: string[], path = command.name): Parsed {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  let parsed: Parsed;
  try {
    const result = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    parsed = { values: result.values as Parsed['values'], positionals: result.positionals };
  } catch (error) {
    throw usageError(path, (error as Error).message);
  }
  for (const [name, spec] of Object.entries(command.options)) {
    const value = parsed.values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw usageError(
        path,
        `Unexpected \`--${name} ${value}\`, expected one of ${spec.choices.map((c) => `\`${c}\``).join(', ')}`,
      );
    }
  }
  return parsed;
}

/** What a command group's arguments ask for: a sub-command and its arguments, or the group's help. */
export type Picked = { help: true } | { help: false; subcommand: Command; argv: string[] };

/**
 * Picks the sub-command named by the first argument of a group (`ledger add …`). `--help` or `help`
 * asks for the group's help, `help add` for add's; anything else is a usage error listing them.
 */
export function pickSubcommand(group: Command, argv: string[], path = group.name): Picked {
  const subcommands = group.subcommands ?? [];
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help') return { help: true };
  const known = subcommands.map((s) => `\`${s.name}\``).join(', ');
  const hint = `run \`factledger ${path} --help\` for each one`;
  const name = first === 'help' ? rest[0] : first;
  if (first === 'help' && name === undefined) return { help: true };
  const subcommand = subcommands.find((s) => s.name === name);
  if (subcommand) return { help: false, subcommand, argv: first === 'help' ? ['--help'] : rest };
  const reason =
    name === undefined
      ? `Missing sub-command, expected one of ${known}`
      : name.startsWith('-')
        ? `Unexpected \`${name}\` before the sub-command, expected one of ${known}`
        : `Unexpected sub-command \`${name}\`, expected one of ${known}`;
  throw new FactledgerError('invalid-option', reason, { hint });
}

function usageError(path: string, reason: string): FactledgerError {
  // node:util words its errors for programmers ("Unknown option '--x'. To specify a positional…"): keep the first sentence.
  const first = reason.split(/\. (?=[A-Z])/)[0] ?? reason;
  return new FactledgerError('invalid-option', first.replace(/\.$/, ''), {
    hint: `run \`factledger ${path} --help\` for the options`,
  });
}

/** `--help` for a command (`path` is how it is called, `ledger add` for a sub-command). */
export function helpText(command: Command, path = command.name): string {
  const lines = [`Usage: factledger ${path} ${command.usage}`, '', command.summary, ''];
  if (command.subcommands) {
    const width = Math.max(...command.subcommands.map((s) => s.name.length));
    lines.push('Sub-commands:');
    for (const sub of command.subcommands) lines.push(`  ${sub.name.padEnd(width)}  ${sub.summary}`);
    lines.push('', `Run \`factledger ${path} <sub-command> --help\` for its options.`, '');
  }
  const rows: [string, string][] = Object.entries(command.options).map(([name, spec]: [string, OptionSpec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.arg ? ` ${spec.arg}` : ''}`;
    const choices = spec.choices ? ` (${spec.choices.join('|')})` : '';
    return [flag, `${spec.description}${choices}`];
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  lines.push('Options:');
  for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}  ${text}`);
  if (command.details) lines.push('', command.details);
  return `${lines.join('\n')}\n`;
}
