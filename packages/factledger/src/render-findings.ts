import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '@factledger/reconcile';
import { formatFindings as formatReport } from '@factledger/report';
import type { OutputFormat } from './config.js';
import { formatFindings, useColour } from './format-findings.js';

export interface RenderOptions {
  files: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The stream a report goes to, to decide on colour. */
  stream: { isTTY?: boolean };
  failOn?: 'error' | 'warning' | 'none';
}

/**
 * One report in one format. `text` is the article-by-article listing `check` prints (every figure
 * with its verdict); the machine formats and the HTML page come from `@factledger/report`.
 */
export async function renderFindings(
  format: OutputFormat,
  findings: Finding[],
  options: RenderOptions,
): Promise<string> {
  if (format === 'text') return formatFindings(options.files, findings, useColour(options.stream, options.env));
  const failOn = options.failOn === 'warning' ? 'warning' : 'error';
  const articles: Record<string, string> = {};
  if (format === 'html' || format === 'sarif') {
    // The page shows each article with its figures marked, and SARIF fingerprints hash the figure's
    // line: both need the text the positions point into.
    for (const file of options.files) articles[file] = await readFile(resolve(options.cwd, file), 'utf8');
  }
  return formatReport(findings, format, { cwd: options.cwd, articles, failOn });
}
