import { dirname, resolve } from 'node:path';
import { FactledgerError } from '@factledger/core';
import type { Ledger } from '@factledger/ledger';
import type { Finding } from '@factledger/reconcile';
import { glob } from 'tinyglobby';
import type { Command } from '../command.js';
import {
  type Config,
  findConfig,
  type LedgerScope,
  OUTPUT_FORMATS,
  type OutputFormat,
  parseConfig,
} from '../config.js';
import type { Context } from '../context.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../context.js';
import { expandArticles } from '../files.js';
import { onlyFilesSpec, reportOnlyListed } from '../only-files.js';
import { writeFileAtomically, writePieces } from '../output.js';
import { errorLines } from '../print-error.js';
import { type RenderOptions, renderFindings } from '../render-findings.js';

type RenderFailOn = RenderOptions['failOn'];

import { failingSeverities, readLedger, runChecks } from '../run-checks.js';
import { ledgerSizeSpec, parseSize } from '../size-option.js';

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'CI: check a folder of articles against the ledgers a config file names, on every core',
  usage: '[options] [articles or globs…]',
  options: {
    config: {
      type: 'string',
      arg: '<file>',
      description: 'configuration (default: factledger.config.json/.yaml, or package.json "factledger")',
    },
    ledger: {
      type: 'string',
      arg: '<file>',
      description: "ledger to use instead of the configuration's",
      multiple: true,
    },
    format: {
      type: 'string',
      arg: '<format>',
      description: 'report on stdout in this format instead of the configured outputs',
      choices: OUTPUT_FORMATS,
    },
    'output-file': {
      type: 'string',
      arg: '<file>',
      description: 'write the --format report to this file instead of stdout',
    },
    'fail-on': {
      type: 'string',
      arg: '<severity>',
      description: 'exit 1 when a finding is this severe or more (default error)',
      choices: ['error', 'warning', 'none'],
    },
    published: {
      type: 'string',
      arg: '<YYYY[-MM[-DD]]>',
      description: 'publication date for articles that state none',
    },
    concurrency: { type: 'string', arg: '<n>', description: 'worker threads (default: one per core)' },
    ...ledgerSizeSpec,
    ...onlyFilesSpec,
  },
  details: [
    'Configuration (JSON or YAML), paths relative to the directory it is in:',
    '  { "articles": ["articles/**/*.md"], "ledgers": ["ledger.yaml"], "failOn": "error",',
    '    "published": "2024", "outputs": [{ "format": "sarif", "file": "factledger.sarif" }, { "format": "text" }] }',
    'Several ledgers (one per topic): each article is checked against the ledgers it is about. To say it yourself,',
    '  give a ledger a scope: { "file": "fire.yaml", "scope": { "entities": ["county"], "terms": ["wildfire"] } }',
    `Formats: ${OUTPUT_FORMATS.join(', ')}. An output without "file" goes to stdout; progress goes to stderr on a terminal.`,
    'Exit codes: 0 nothing reaches failOn, 1 something does, 2 a usage, configuration or input error.',
  ].join('\n'),
  async run(context, { values, positionals }) {
    const config = await loadConfig(context, values.config as string | undefined, positionals.length > 0);
    const base = config.file === '<command line>' ? context.cwd : dirname(resolve(context.cwd, config.file));
    const ledgerNames = (values.ledger as string[] | undefined) ?? config.ledgers;
    if (ledgerNames.length === 0) {
      throw new FactledgerError('invalid-option', 'No ledger given', {
        hint: 'name one in the configuration ("ledgers": ["ledger.yaml"]) or pass --ledger <file>',
      });
    }
    const ledgerBase = values.ledger ? context.cwd : base;
    const maxLedgerBytes = parseSize(values['max-ledger-size'], 'max-ledger-size');
    const ledgers = await Promise.all(
      ledgerNames.map(async (name) =>
        withScope(await readLedger(name, ledgerBase, maxLedgerBytes), config.scopes[name], config.file),
      ),
    );
    const files =
      positionals.length > 0
        ? await expandArticles(positionals, context.cwd)
        : await articlesOf(config, base, context.cwd);
    const published = (values.published as string | undefined) ?? config.published;
    const concurrency = values.concurrency === undefined ? undefined : positiveInteger(values.concurrency as string);
    const progress = progressLine(context);
    const reported = await reportOnlyListed(context, values['only-files'] as string | undefined, files, () =>
      runChecks(files, ledgers, {
        cwd: context.cwd,
        options: published ? { published } : {},
        ...(concurrency ? { concurrency } : {}),
        ...(progress ? { onProgress: progress.update } : {}),
      }),
    );
    const { findings, errors, unread } = reported;
    progress?.done();
    for (const error of errors) context.stderr.write(errorLines(error, 'factledger reconcile: '));
    const outputs: Config['outputs'] = values.format
      ? [
          {
            format: values.format as OutputFormat,
            ...(values['output-file'] ? { file: values['output-file'] as string } : {}),
          },
        ]
      : config.outputs;
    for (const output of outputs) {
      const report = await renderFindings(output.format, findings, {
        files: reported.files,
        cwd: context.cwd,
        env: context.env,
        stream: context.stdout,
        unread,
        failOn: (values['fail-on'] ?? config.failOn) as RenderFailOn,
      });
      if (output.file)
        await writeFileAtomically(
          resolve(output.file === values['output-file'] ? context.cwd : base, output.file),
          report,
          output.file,
        );
      else await writePieces(context.stdout, report);
    }
    if (errors.length > 0) return EXIT_ERROR;
    const failing = failingSeverities(values['fail-on'] ?? config.failOn);
    return findings.some((f: Finding) => failing.includes(f.severity)) ? EXIT_FINDINGS : EXIT_CLEAN;
  },
};

async function loadConfig(context: Context, explicit: string | undefined, haveArticles: boolean): Promise<Config> {
  if (explicit) {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(resolve(context.cwd, explicit), 'utf8').catch(() => {
      throw new FactledgerError('not-found', 'No such configuration file', {
        file: explicit,
        hint: 'check the --config path',
      });
    });
    return parseConfig(text, explicit);
  }
  const found = await findConfig(context.cwd);
  if (found) return parseConfig(found.text, found.file, found.key);
  if (haveArticles)
    return {
      articles: [],
      ledgers: [],
      scopes: {},
      failOn: 'error',
      outputs: [{ format: 'text' }],
      file: '<command line>',
    };
  throw new FactledgerError('invalid-option', 'No configuration found and no articles given', {
    hint: 'create factledger.config.yaml (see `factledger reconcile --help`) or pass articles and --ledger',
  });
}

/** Article entries of a config: files, directories or globs, relative to the config's directory. */
async function articlesOf(config: Config, base: string, cwd: string): Promise<string[]> {
  const patterns = config.articles;
  if (patterns.length === 0) {
    throw new FactledgerError('invalid-option', 'The configuration names no articles', {
      file: config.file,
      hint: 'add "articles": ["articles/**/*.md"]',
    });
  }
  const globbed = await glob(patterns, { cwd: base, absolute: true, onlyFiles: false, expandDirectories: false });
  if (globbed.length === 0) {
    throw new FactledgerError('no-articles', `No article matches ${patterns.map((p) => `\`${p}\``).join(', ')}`, {
      file: config.file,
      hint: 'the patterns are read relative to the configuration file',
    });
  }
  const { relative } = await import('node:path');
  return expandArticles(
    globbed.sort().map((f) => relative(cwd, f) || f),
    cwd,
  );
}

/**
 * A ledger with the scope the configuration gives it, which wins over the ledger's own: the same
 * ledger can serve a newsroom's desks differently. Its entities must be the ledger's.
 */
function withScope(ledger: Ledger, scope: LedgerScope | undefined, file: string): Ledger {
  if (!scope) return ledger;
  for (const id of scope.entities ?? []) {
    if (!ledger.entity(id)) {
      throw new FactledgerError('invalid-option', `The scope of ${ledger.file} names an unknown entity \`${id}\``, {
        file,
        hint: `use the id of one of its entities: ${ledger.entities.map((e) => `\`${e.id}\``).join(', ') || '(it has none)'}`,
      });
    }
  }
  return { ...ledger, data: { ...ledger.data, scope } };
}

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new FactledgerError(
      'invalid-option',
      `Unexpected \`--concurrency ${text}\`, expected a whole number from 1`,
      {
        hint: 'e.g. --concurrency 4',
      },
    );
  }
  return n;
}

/** A progress line on stderr, only on an interactive terminal and never in CI (clig.dev). */
function progressLine(
  context: Context,
): { update: (done: number, total: number) => void; done: () => void } | undefined {
  if (!context.stderr.isTTY || context.env.CI) return undefined;
  let shown = false;
  return {
    update(done, total) {
      if (total < 10) return;
      shown = true;
      context.stderr.write(`\r\u001b[2Kreading articles: ${done}/${total}`);
    },
    done() {
      if (shown) context.stderr.write('\r\u001b[2K');
    },
  };
}
