import type { Finding } from '@factledger/reconcile';
import { drive } from './drive.js';
import { githubReporter } from './github.js';
import { htmlReporter } from './html.js';
import { jsonLinesReporter, jsonReporter } from './json.js';
import { FORMATS, type ReportFormat, type ReportOptions, resolveOptions } from './options.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

const REPORTERS: Record<ReportFormat, (options?: ReportOptions) => Reporter> = {
  text: textReporter,
  json: jsonReporter,
  jsonl: jsonLinesReporter,
  sarif: sarifReporter,
  github: githubReporter,
  html: htmlReporter,
};

function checkFormat(format: unknown): asserts format is ReportFormat {
  if (!(FORMATS as readonly unknown[]).includes(format)) {
    throw new TypeError(
      `Unexpected \`format\` \`${String(format)}\`, expected one of ${FORMATS.map((f) => `\`${f}\``).join(', ')}`,
    );
  }
}

/** Findings as the report a user asked for; the caller writes it to stdout or a file. */
export function formatFindings(findings: readonly Finding[], format: ReportFormat, options?: ReportOptions): string {
  if (!Array.isArray(findings)) throw new TypeError('Expected `findings` to be an array');
  checkFormat(format);
  resolveOptions(options);
  // JSON keeps the order it is given; the others list each file's findings top to bottom.
  if (format === 'json' || format === 'jsonl') {
    const reporter = REPORTERS[format]();
    return [...reporter.start(), ...reporter.article('', findings), ...reporter.end([])].join('');
  }
  return drive(REPORTERS[format](options), findings, options);
}

/** A report to write as articles are checked (see {@link Reporter}). */
export function createReporter(format: ReportFormat, options?: ReportOptions): Reporter {
  checkFormat(format);
  resolveOptions(options);
  return REPORTERS[format](options);
}
