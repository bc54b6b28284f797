import type { Finding } from '@factledger/reconcile';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { FORMATS, type ReportFormat, type ReportOptions, resolveOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

const FORMATTERS: Record<ReportFormat, (findings: readonly Finding[], options?: ReportOptions) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  html: formatHtml,
};

/** Findings as the report a user asked for; the caller writes it to stdout or a file. */
export function formatFindings(findings: readonly Finding[], format: ReportFormat, options?: ReportOptions): string {
  if (!Array.isArray(findings)) throw new TypeError('Expected `findings` to be an array');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new TypeError(
      `Unexpected \`format\` \`${String(format)}\`, expected one of ${FORMATS.map((f) => `\`${f}\``).join(', ')}`,
    );
  }
  resolveOptions(options);
  return FORMATTERS[format](findings, options);
}
