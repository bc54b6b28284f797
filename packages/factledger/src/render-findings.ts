import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '@factledger/reconcile';
import { formatFindings as formatReport, jsonPieces } from '@factledger/report';
import type { UnreadArticle } from './batch.js';
import { useColour } from './colour.js';
import type { OutputFormat } from './config.js';

export interface RenderOptions {
  files: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The stream a report goes to, to decide on colour. */
  stream: { isTTY?: boolean };
  failOn?: 'error' | 'warning' | 'none';
  /** Articles among `files` that could not be read: not read again, and shown as not checked. */
  unread?: readonly UnreadArticle[];
}

/**
 * One report in one format, from `@factledger/report`, as pieces to write one after the other (the
 * JSON one finding at a time: it can be larger than a string can hold); colour only for a terminal
 * that wants it.
 */
export async function renderFindings(
  format: OutputFormat,
  findings: Finding[],
  options: RenderOptions,
): Promise<Iterable<string>> {
  if (format === 'json') return jsonPieces(findings);
  const failOn = options.failOn === 'warning' ? 'warning' : 'error';
  const unreadable: Record<string, string> = {};
  for (const { file, error } of options.unread ?? []) {
    // The reason names its own file only when it is another one (a metadata sidecar, say).
    unreadable[file] =
      error.file !== undefined && error.file !== file
        ? error.format()
        : error.hint
          ? `${error.message} (${error.hint})`
          : error.message;
  }
  const articles: Record<string, string> = {};
  // The text report lists every article (also those with nothing to say), the page shows each with
  // its figures marked, and SARIF fingerprints hash the figure's line: all read the files' text.
  for (const file of options.files) {
    if (!Object.hasOwn(unreadable, file)) articles[file] = await readFile(resolve(options.cwd, file), 'utf8');
  }
  const color = format === 'text' && useColour(options.stream, options.env);
  return [formatReport(findings, format, { cwd: options.cwd, articles, unreadable, failOn, color })];
}
