import { resolve } from 'node:path';
import { FactledgerError, isFactledgerError } from '@factledger/core';
import { checkLedger, type Ledger, type LedgerError, readLedgerText } from '@factledger/ledger';
import type { Command, OptionSpec, Parsed } from '../command.js';
import type { Context } from '../context.js';
import { EXIT_CLEAN, EXIT_ERROR } from '../context.js';
import { addOptionSpecs, runLedgerAdd } from './ledger-add.js';
import { parseSize } from './ledger-options.js';

/** A sub-command of `factledger ledger`: its own usage, options and help. */
export interface LedgerSubcommand {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  details?: string;
  run(context: Context, parsed: Parsed): Promise<number>;
}

const sizeOption: Record<string, OptionSpec> = {
  'max-size': { type: 'string', arg: '<size>', description: 'largest ledger read, e.g. 20MB (default 10MB)' },
};

const validate: LedgerSubcommand = {
  name: 'validate',
  summary: 'Check ledgers against the schema and for broken references; print every problem with its place',
  usage: '<ledger files…>',
  options: sizeOption,
  details: 'Problems go to stderr as file:line:column: message; a one-line summary per valid ledger goes to stdout.',
  run: runValidate,
};

const add: LedgerSubcommand = {
  name: 'add',
  summary: 'Add a fact to a ledger: validated first, written atomically, comments and layout kept',
  usage: '<ledger> --id <id> --kind <kind> --value <value> [--unit <unit>] [options]',
  options: { ...sizeOption, ...addOptionSpecs },
  details: [
    'For money, --unit is the ISO 4217 currency (USD, KRW); for counts, the counted noun.',
    'The ledger is locked while it is written; a second writer waits, then gives up with a clear error.',
  ].join('\n'),
  run: runLedgerAdd,
};

const subcommands: LedgerSubcommand[] = [validate, add];

/** `factledger ledger <sub-command>`: one command whose first positional picks the sub-command. */
export const ledgerCommand: Command = {
  name: 'ledger',
  summary: 'Validate a ledger of facts, or add a fact to it',
  usage: '<validate|add> [options] <ledger…>   (`factledger ledger help <sub-command>` for its options)',
  // The CLI frame parses options before `run`, so it must know every sub-command's; each sub-command
  // then refuses the ones that are not its own.
  options: Object.assign({}, ...subcommands.map((s) => s.options)),
  details: subcommands.map((s) => `  ledger ${s.name} ${s.usage}\n      ${s.summary}`).join('\n'),
  async run(context, parsed) {
    const [name, ...positionals] = parsed.positionals;
    if (name === 'help') {
      const target = subcommands.find((s) => s.name === positionals[0]);
      context.stdout.write(target ? subcommandHelp(target) : `${subcommands.map(subcommandHelp).join('\n')}`);
      return EXIT_CLEAN;
    }
    const sub = subcommands.find((s) => s.name === name);
    if (!sub) {
      const known = subcommands.map((s) => `\`${s.name}\``).join(', ');
      throw new FactledgerError(
        'invalid-option',
        name === undefined
          ? `Missing sub-command, expected one of ${known}`
          : `Unexpected sub-command \`${name}\`, expected one of ${known}`,
        { hint: 'run `factledger ledger help` for each one' },
      );
    }
    for (const [option, value] of Object.entries(parsed.values)) {
      if (value !== undefined && option !== 'help' && !(option in sub.options)) {
        throw new FactledgerError('invalid-option', `Unexpected option \`--${option}\` for \`ledger ${sub.name}\``, {
          hint: `run \`factledger ledger help ${sub.name}\` for its options`,
        });
      }
    }
    return sub.run(context, { values: parsed.values, positionals });
  },
};

export function subcommandHelp(sub: LedgerSubcommand): string {
  const lines = [`Usage: factledger ledger ${sub.name} ${sub.usage}`, '', sub.summary, ''];
  const rows = Object.entries(sub.options).map(([name, spec]) => [
    `    --${name}${spec.arg ? ` ${spec.arg}` : ''}`,
    `${spec.description}${spec.choices ? ` (${spec.choices.join('|')})` : ''}`,
  ]);
  const width = Math.max(...rows.map(([flag]) => flag?.length ?? 0));
  if (rows.length > 0) lines.push('Options:', ...rows.map(([flag, text]) => `  ${flag?.padEnd(width)}  ${text}`));
  if (sub.details) lines.push('', sub.details);
  return `${lines.join('\n')}\n`;
}

async function runValidate(context: Context, { values, positionals }: Parsed): Promise<number> {
  if (positionals.length === 0) {
    throw new FactledgerError('invalid-option', 'No ledger given', {
      hint: 'pass one or more ledger files (.yaml or .json)',
    });
  }
  const maxBytes = parseSize(values['max-size'], 'max-size');
  let invalid = 0;
  let problems = 0;
  // Each file is checked on its own: one broken or missing ledger does not hide the others' results.
  for (const file of positionals) {
    let errors: readonly (LedgerError | FactledgerError)[];
    let ledger: Ledger | undefined;
    try {
      const text = await readLedgerText(resolve(context.cwd, file), maxBytes);
      const check = checkLedger(text, { file, ...(maxBytes ? { maxBytes } : {}) });
      errors = check.errors;
      ledger = check.ledger;
    } catch (error) {
      if (!isFactledgerError(error)) throw error;
      errors = [relabel(error, file)];
    }
    if (ledger) {
      context.stdout.write(`${file}: valid, ${describe(ledger)}\n`);
      continue;
    }
    invalid++;
    problems += errors.length;
    for (const error of errors) context.stderr.write(`${error.format()}\n`);
  }
  if (invalid > 0) {
    const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    context.stderr.write(`${s(problems, 'problem')} in ${s(invalid, 'ledger')}\n`);
    return EXIT_ERROR;
  }
  return EXIT_CLEAN;
}

/** Errors about reading a file name it as the user typed it, not as resolved against the cwd. */
function relabel(error: FactledgerError, file: string): FactledgerError {
  if (error.file === undefined || error.file === file) return error;
  return new FactledgerError(error.code, error.message, { file, position: error.position, hint: error.hint });
}

function describe(ledger: Ledger): string {
  const derived = ledger.facts.filter((f) => f.derived).length;
  const open = ledger.facts.filter((f) => !f.derived && !f.value).length;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const extra = [derived ? `${derived} derived` : '', open ? `${open} without a value` : ''].filter(Boolean);
  return `${n(ledger.facts.length, 'fact')}${extra.length ? ` (${extra.join(', ')})` : ''}, ${n(ledger.entities.length, 'entity').replace('entitys', 'entities')}, ${n(ledger.rates.length, 'rate')}`;
}
