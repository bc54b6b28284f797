import { FactledgerError } from '@factledger/core';
import { articleOptionSpecs, articleOptions } from '../article-options.js';
import type { Command } from '../command.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../config.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../context.js';
import { expandArticles } from '../files.js';
import { writePieces } from '../output.js';
import { errorLines } from '../print-error.js';
import { renderFindings } from '../render-findings.js';
import { failingSeverities, readLedger, runChecks } from '../run-checks.js';
import { ledgerSizeSpec, parseSize } from '../size-option.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check every figure in articles against a ledger: match, rounded, conflict, ambiguous or unmatched',
  usage: '--ledger <file> [--ledger <file>…] [options] <files or directories…>',
  options: {
    ledger: {
      type: 'string',
      arg: '<file>',
      description:
        'a ledger to check against (.yaml or .json), required; repeat it for several topics: each article is checked against the ledgers it is about',
      multiple: true,
    },
    ...articleOptionSpecs,
    ...ledgerSizeSpec,
    format: { type: 'string', arg: '<format>', description: 'output format (default text)', choices: OUTPUT_FORMATS },
    'fail-on': {
      type: 'string',
      arg: '<severity>',
      description: 'exit 1 when a finding is this severe or more (default error: conflicts only; none: report only)',
      choices: ['error', 'warning', 'none'],
    },
  },
  details: [
    'Severities: conflict is an error; rounded and ambiguous are warnings; match and unmatched are info.',
    'JSON output is { "findings": [...] }, each with id, rule, verdict, severity, claim (with file), fact, against and message.',
    'Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 a usage or input error.',
  ].join('\n'),
  async run(context, { values, positionals }) {
    const ledgerFiles = (values.ledger as string[] | undefined) ?? [];
    if (ledgerFiles.length === 0) {
      throw new FactledgerError('invalid-option', 'No ledger given', {
        hint: 'pass --ledger <file>, e.g. --ledger fixtures/cost-sharing/ledger.yaml',
      });
    }
    const files = await expandArticles(positionals, context.cwd);
    const options = articleOptions(values);
    const maxLedgerBytes = parseSize(values['max-ledger-size'], 'max-ledger-size');
    const ledgers = await Promise.all(ledgerFiles.map((file) => readLedger(file, context.cwd, maxLedgerBytes)));
    const { findings, errors, unread } = await runChecks(files, ledgers, { cwd: context.cwd, options });
    // One unreadable article is reported on its own; the others are still checked.
    for (const error of errors) context.stderr.write(errorLines(error, 'factledger check: '));
    const format = (values.format as OutputFormat | undefined) ?? 'text';
    const failOn = values['fail-on'] as 'error' | 'warning' | 'none' | undefined;
    const report = await renderFindings(format, findings, {
      files,
      cwd: context.cwd,
      env: context.env,
      stream: context.stdout,
      unread,
      ...(failOn ? { failOn } : {}),
    });
    await writePieces(context.stdout, report);
    if (errors.length > 0) return EXIT_ERROR;
    const failing = failingSeverities(values['fail-on']);
    return findings.some((f) => failing.includes(f.severity)) ? EXIT_FINDINGS : EXIT_CLEAN;
  },
};
