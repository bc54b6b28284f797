import { resolve } from 'node:path';
import { FactledgerError, isFactledgerError } from '@factledger/core';
import { checkLedger, type Ledger, type LedgerError, readLedgerText } from '@factledger/ledger';
import { printable } from '@factledger/report';
import type { Command, LeafCommand, OptionSpec, Parsed } from '../command.js';
import type { Context } from '../context.js';
import { EXIT_CLEAN, EXIT_ERROR } from '../context.js';
import { githubAnnotations, LEDGER_PROBLEM_FORMATS, type LedgerProblem, sarifLog } from '../ledger-problems.js';
import { errorLines } from '../print-error.js';
import { parseSize } from '../size-option.js';
import { addOptionSpecs, runLedgerAdd } from './ledger-add.js';
import { runLedgerSuggest } from './ledger-suggest.js';

const sizeOption: Record<string, OptionSpec> = {
  'max-size': { type: 'string', arg: '<size>', description: 'largest ledger read, e.g. 20MB (default 10MB)' },
};

const validate: LeafCommand = {
  name: 'validate',
  summary: 'Check ledgers against the schema and for broken references; print every problem with its place',
  usage: '<ledger files…>',
  options: {
    ...sizeOption,
    format: {
      type: 'string',
      arg: '<format>',
      description: 'also report the problems on stdout: github workflow commands or a SARIF log (default text)',
      choices: LEDGER_PROBLEM_FORMATS,
    },
  },
  details: [
    'Problems go to stderr as file:line:column: message; a one-line summary per valid ledger goes to stdout.',
    'With --format github, stdout also gets an ::error annotation per problem; with --format sarif, stdout is',
    'a SARIF log with one result per problem (rule ids ledger/<code>) instead of the summaries.',
    'Exit codes: 0 every ledger is valid, 2 one is not (or a usage error).',
  ].join('\n'),
  run: runValidate,
};

const add: LeafCommand = {
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

const suggest: LeafCommand = {
  name: 'suggest',
  summary: 'Propose facts for the claims in articles that match no fact in the ledger, as YAML to paste',
  usage: '<ledger> <articles…>',
  options: sizeOption,
  details: [
    'Claims stating the same quantity (same kind and unit, values within 10%, periods that agree) in',
    'several articles become one fact with each claim as a source. Dates are left out: articles use',
    'them to say when. The facts print on stdout, indented to paste under the ledger’s `facts:`;',
    'anything the ledger would still need for one (a rate, a unit) is a `# check:` comment above it.',
  ].join('\n'),
  run: runLedgerSuggest,
};

/** `factledger ledger <sub-command>`: the CLI frame picks the sub-command, parses its options and prints its help. */
export const ledgerCommand: Command = {
  name: 'ledger',
  summary: 'Validate a ledger of facts, add a fact to it, or suggest facts from articles',
  usage: '<sub-command> [options] <ledger…>',
  options: {},
  subcommands: [validate, add, suggest],
};

async function runValidate(context: Context, { values, positionals }: Parsed): Promise<number> {
  if (positionals.length === 0) {
    throw new FactledgerError('invalid-option', 'No ledger given', {
      hint: 'pass one or more ledger files (.yaml or .json)',
    });
  }
  const maxBytes = parseSize(values['max-size'], 'max-size');
  const format = (values.format as (typeof LEDGER_PROBLEM_FORMATS)[number] | undefined) ?? 'text';
  let invalid = 0;
  const problems: LedgerProblem[] = [];
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
      // A SARIF log is all there is on stdout: a line before it would make it unreadable.
      if (format !== 'sarif') context.stdout.write(`${printable(file)}: valid, ${describe(ledger)}\n`);
      continue;
    }
    invalid++;
    for (const error of errors) {
      problems.push({ file, error });
      context.stderr.write(errorLines(error));
    }
  }
  if (format === 'github') context.stdout.write(githubAnnotations(problems, context.cwd));
  if (format === 'sarif') context.stdout.write(sarifLog(problems, context.cwd));
  if (invalid > 0) {
    const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    context.stderr.write(`${s(problems.length, 'problem')} in ${s(invalid, 'ledger')}\n`);
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
