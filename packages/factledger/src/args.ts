import { parseArgs } from 'node:util';
import { FactledgerError } from '@factledger/core';
import type { Command, OptionSpec, Parsed } from './command.js';

/** Parses a command's arguments; every mistake becomes one usage error that names the flag. */
export function parseCommandArgs(command: Command, argv: string[]): Parsed {
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
    throw usageError(command, (error as Error).message);
  }
  for (const [name, spec] of Object.entries(command.options)) {
    const value = parsed.values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw usageError(
        command,
        `Unexpected \`--${name} ${value}\`, expected one of ${spec.choices.map((c) => `\`${c}\``).join(', ')}`,
      );
    }
  }
  return parsed;
}

function usageError(command: Command, reason: string): FactledgerError {
  // node:util words its errors for programmers ("Unknown option '--x'. To specify a positional…"): keep the first sentence.
  const first = reason.split(/\. (?=[A-Z])/)[0] ?? reason;
  return new FactledgerError('invalid-option', first.replace(/\.$/, ''), {
    hint: `run \`factledger ${command.name} --help\` for the options`,
  });
}

export function helpText(command: Command): string {
  const lines = [`Usage: factledger ${command.name} ${command.usage}`, '', command.summary, ''];
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
