import { resolve } from 'node:path';
import type { Claim } from '@factledger/core';
import { FactledgerError } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { type Ledger, parseLedger, readLedgerText } from '@factledger/ledger';
import { readArticle } from '@factledger/parse';
import { type ArticleInfo, reconcile } from '@factledger/reconcile';
import { articleOptionSpecs, articleOptions } from '../article-options.js';
import type { Command } from '../command.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../context.js';
import { expandArticles } from '../files.js';
import { formatFindings, useColour } from '../format-findings.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check every figure in articles against a ledger: match, rounded, conflict, ambiguous or unmatched',
  usage: '--ledger <file> [options] <files or directories…>',
  options: {
    ledger: { type: 'string', arg: '<file>', description: 'the ledger to check against (.yaml or .json), required' },
    ...articleOptionSpecs,
    format: { type: 'string', arg: '<format>', description: 'output format (default text)', choices: ['text', 'json'] },
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
    if (typeof values.ledger !== 'string') {
      throw new FactledgerError('invalid-option', 'No ledger given', {
        hint: 'pass --ledger <file>, e.g. --ledger fixtures/cost-sharing/ledger.yaml',
      });
    }
    const files = await expandArticles(positionals, context.cwd);
    const options = articleOptions(values);
    const ledger = await readLedger(values.ledger, context.cwd);
    const claims: Claim[] = [];
    const articles: Record<string, ArticleInfo> = {};
    for (const file of files) {
      const doc = await readArticle(file, { ...options, cwd: context.cwd });
      const { published, outlet } = doc.metadata;
      articles[doc.id] = { ...(published ? { published } : {}), ...(outlet ? { outlet } : {}) };
      claims.push(...extractClaims(doc));
    }
    const findings = reconcile(claims, ledger, { articles });
    if (values.format === 'json') {
      context.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
    } else {
      context.stdout.write(formatFindings(files, findings, useColour(context.stdout, context.env)));
    }
    const failOn = values['fail-on'];
    const failing = failOn === 'none' ? [] : failOn === 'warning' ? ['error', 'warning'] : ['error'];
    return findings.some((f) => failing.includes(f.severity)) ? EXIT_FINDINGS : EXIT_CLEAN;
  },
};

async function readLedger(file: string, cwd: string): Promise<Ledger> {
  const text = await readLedgerText(resolve(cwd, file));
  return parseLedger(text, { file, format: /\.json$/i.test(file) ? 'json' : 'yaml' });
}
