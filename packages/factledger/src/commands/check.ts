import { resolve } from 'node:path';
import { FactledgerError, printable } from '@factledger/core';
import type { Finding, Severity } from '@factledger/reconcile';
import { createReporter } from '@factledger/report';
import { articleOptionSpecs, articleOptions } from '../article-options.js';
import type { ArticleText } from '../check-articles.js';
import { configArticles, loadSetup, progressLine, wholeNumber, withScope } from '../check-setup.js';
import { collectArticles } from '../collect-articles.js';
import { useColour } from '../colour.js';
import type { Command } from '../command.js';
import { type Config, OUTPUT_FORMATS, type OutputFormat } from '../config.js';
import { type Context, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../context.js';
import { failingSeverities } from '../fail-on.js';
import { limitHeapGrowth } from '../heap-growth.js';
import { onlyFilesSpec, readOnlyFiles } from '../only-files.js';
import { openReportFile, type ReportFile, writePieces } from '../output.js';
import { errorLines, staleLines } from '../print-error.js';
import { readLedger } from '../read-ledger.js';
import { parseShow, showSpecs } from '../show-option.js';
import { ledgerSizeSpec, parseSize } from '../size-option.js';
import { readStdin } from '../stdin.js';
import { type Sink, streamCheck } from '../stream-check.js';

export const checkCommand = checkCommandNamed(
  'check',
  'Check every figure in articles against the ledgers: match, rounded, conflict, ambiguous or unmatched',
);

/** The check command under a name of its own (`reconcile` is another), which its messages use. */
export function checkCommandNamed(name: string, summary: string): Command {
  return {
    name,
    summary,
    usage: '[options] [files, directories, globs or - …]',
    options: {
      config: {
        type: 'string',
        arg: '<file>',
        description:
          'configuration (default: factledger.config.json/.yaml/.yml or a "factledger" key in package.json, here or in a folder above)',
      },
      ledger: {
        type: 'string',
        arg: '<file>',
        description:
          "a ledger to check against (.yaml or .json), instead of the configuration's; repeat it for several",
        multiple: true,
      },
      ...articleOptionSpecs,
      'stdin-filename': {
        type: 'string',
        arg: '<name>',
        description: 'the name of the article read from - (stdin), which also gives its format (default stdin.md)',
      },
      format: {
        type: 'string',
        arg: '<format>',
        description: 'report in this format instead of the configured outputs (default text)',
        choices: OUTPUT_FORMATS,
      },
      'output-file': {
        type: 'string',
        arg: '<file>',
        description: 'write the report to this file instead of stdout; it appears whole when the run ends',
      },
      'fail-on': {
        type: 'string',
        arg: '<severity>',
        description: 'exit 1 when a finding is this severe or more (default error: conflicts only; none: report only)',
        choices: ['error', 'warning', 'none'],
      },
      'max-warnings': {
        type: 'string',
        arg: '<n>',
        description: 'exit 1 when there are more than this many warnings',
      },
      quiet: { type: 'boolean', description: 'report errors only' },
      ...showSpecs,
      color: { type: 'boolean', description: 'colour the text report even when not on a terminal' },
      'no-color': { type: 'boolean', description: 'never colour the text report' },
      ...onlyFilesSpec,
      concurrency: { type: 'string', arg: '<n>', description: 'threads that read articles (default: one per core)' },
      ...ledgerSizeSpec,
    },
    details: [
      'With no files given, checks the articles the configuration names. Configuration (JSON or YAML), paths',
      'relative to the folder it is in:',
      '  { "articles": ["articles/**/*.md"], "ledgers": ["ledger.yaml"], "ignores": ["articles/drafts/**"],',
      '    "failOn": "error", "published": "2024", "outputs": [{ "format": "sarif", "file": "factledger.sarif" }, { "format": "text" }] }',
      'Several ledgers (one per topic): each article is checked against the ledgers it is about. To say it yourself,',
      '  give a ledger a scope: { "file": "fire.yaml", "scope": { "entities": ["county"], "terms": ["wildfire"] } }',
      'Files named in .gitignore, .factledgerignore or "ignores" beside the configuration, and files that are not',
      'articles, are skipped with a note on stderr.',
      `Formats: ${OUTPUT_FORMATS.join(', ')} (jsonl: one finding per line). Findings are written as each article is`,
      'checked; figures compared across articles come last.',
      'Severities: conflict is an error; rounded and ambiguous are warnings; match and unmatched are info: the',
      'text report counts them in its summary and lists them with --show or --verbose.',
      'Exit codes: 0 nothing reaches --fail-on, 1 something does (or more warnings than --max-warnings),',
      '2 a usage, configuration or input error.',
    ].join('\n'),
    async run(context, { values, positionals }) {
      const command = `factledger ${name}: `;
      const { config, base } = await loadSetup(context, values.config as string | undefined);
      if (positionals.length === 0 && !config) {
        throw new FactledgerError('invalid-option', 'No configuration found and no articles given', {
          hint: 'create factledger.config.yaml (see `factledger check --help`), or pass articles (files, directories, globs, or - for stdin) and --ledger',
        });
      }
      const ledgerNames = (values.ledger as string[] | undefined) ?? config?.ledgers ?? [];
      if (ledgerNames.length === 0) {
        throw new FactledgerError('invalid-option', 'No ledger given', {
          hint: config
            ? 'name one in the configuration ("ledgers": ["ledger.yaml"]) or pass --ledger <file>'
            : 'pass --ledger <file>, e.g. --ledger ledgers/budget.yaml, or create factledger.config.yaml',
        });
      }
      const options = articleOptions(values);
      // Read before any article, so a wrong path fails at once.
      const only = await readOnlyFiles(values['only-files'] as string | undefined, context.cwd);
      const maxWarnings =
        values['max-warnings'] === undefined
          ? config?.maxWarnings
          : wholeNumber(values['max-warnings'] as string, 'max-warnings', 0);
      const published = options.published ?? config?.published;
      if (published) options.published = published;
      const currency = options.currency ?? config?.currency;
      if (currency) options.currency = currency;
      const maxLedgerBytes = parseSize(values['max-ledger-size'], 'max-ledger-size');
      const ledgerBase = values.ledger ? context.cwd : base;
      const ledgers = await Promise.all(
        ledgerNames.map(async (name) => {
          const ledger = await readLedger(name, ledgerBase, maxLedgerBytes);
          return config ? withScope(ledger, config.scopes[name], config.file) : ledger;
        }),
      );

      const entries = positionals.filter((p) => p !== '-');
      const texts: ArticleText[] = [];
      if (positionals.includes('-')) {
        const id = (values['stdin-filename'] as string | undefined) ?? 'stdin.md';
        texts.push({ id, text: await readStdin(context, options.maxBytes, id) });
      }
      const named = entries.length > 0 || texts.length > 0;
      const collected = await collectArticles(
        named ? entries : await configArticles(config as Config, base, context.cwd),
        { cwd: context.cwd, base, ignores: config?.ignores ?? [] },
      );
      for (const { file, reason } of collected.skipped) context.stderr.write(`${command}skipped ${file}: ${reason}\n`);
      for (const name of only?.unchecked(collected.files) ?? []) {
        context.stderr.write(`${command}note: ${printable(name)} is not among the articles checked; not checked\n`);
      }
      if (collected.files.length === 0 && texts.length === 0) {
        throw new FactledgerError('no-articles', 'No article to check: every file given was skipped', {
          hint: 'articles are files ending in .md, .markdown, .txt, .html or .htm, outside the ignore lists',
        });
      }

      const failOn = (values['fail-on'] as Config['failOn'] | undefined) ?? config?.failOn ?? 'error';
      const outputs: Config['outputs'] =
        values.format || values['output-file'] || !config
          ? [
              {
                format: (values.format as OutputFormat | undefined) ?? 'text',
                ...(values['output-file'] ? { file: values['output-file'] as string } : {}),
              },
            ]
          : config.outputs;
      const flag = values.color ? true : values['no-color'] ? false : undefined;
      const show = parseShow(values.show, values.verbose);
      const files: ReportFile[] = [];
      const sinks: Sink[] = [];
      for (const output of outputs) {
        const reporter = createReporter(output.format, {
          cwd: context.cwd,
          color: output.format === 'text' && !output.file && useColour(context.stdout, context.env, flag),
          failOn,
          show,
        });
        if (!output.file) {
          sinks.push({ reporter, write: (pieces) => writePieces(context.stdout, pieces) });
          continue;
        }
        // A file named on the command line is the user's, relative to where they are; one in the config, to it.
        const path = resolve(output.file === values['output-file'] ? context.cwd : base, output.file);
        const file = await openReportFile(path, output.file);
        files.push(file);
        sinks.push({ reporter, write: (pieces) => file.write(pieces) });
      }

      const progress = progressLine(context);
      const concurrency =
        values.concurrency === undefined ? undefined : wholeNumber(values.concurrency as string, 'concurrency', 1);
      let result: Awaited<ReturnType<typeof streamCheck>>;
      limitHeapGrowth();
      try {
        result = await streamCheck({ files: collected.files, texts }, ledgers, sinks, {
          cwd: context.cwd,
          options,
          ...(concurrency ? { concurrency } : {}),
          ...(progress ? { onProgress: progress.update } : {}),
          // One unreadable article is reported on its own; the others are still checked.
          onUnread: (_file, error) => {
            progress?.done();
            context.stderr.write(errorLines(error, command));
          },
          ...(values.quiet || only
            ? { keep: (f: Finding) => (!values.quiet || f.severity === 'error') && (only?.keep(f) ?? true) }
            : {}),
          ...(only ? { reports: only.lists } : {}),
          ...(config?.reviewed.length ? { reviewed: config.reviewed } : {}),
        });
      } catch (error) {
        for (const file of files) await file.abort();
        throw error;
      }
      progress?.done();
      for (const file of files) await file.commit();
      context.stderr.write(staleLines(result.stale, config?.file ?? 'the configuration', command));
      return exitCode(context, result, failOn, maxWarnings, command);
    },
  };
}

function exitCode(
  context: Context,
  result: { counts: Record<Severity, number>; unread: number },
  failOn: Config['failOn'],
  maxWarnings: number | undefined,
  command: string,
): number {
  if (result.unread > 0) return EXIT_ERROR;
  if (failingSeverities(failOn).some((s) => result.counts[s as Severity] > 0)) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && result.counts.warning > maxWarnings) {
    context.stderr.write(
      `${command}too many warnings (${result.counts.warning}, more than --max-warnings ${maxWarnings})\n`,
    );
    return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}
