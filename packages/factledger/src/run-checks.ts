import { resolve } from 'node:path';
import type { Claim, FactledgerError } from '@factledger/core';
import { type Ledger, parseLedger, readLedgerText } from '@factledger/ledger';
import { type ArticleInfo, type Finding, reconcile } from '@factledger/reconcile';
import type { ArticleOptions } from './article-options.js';
import { extractBatch } from './batch.js';

export interface RunChecksOptions {
  cwd: string;
  options: ArticleOptions;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ChecksResult {
  findings: Finding[];
  /** Articles that could not be read; the rest were checked. */
  errors: FactledgerError[];
}

/** Reads a ledger named on the command line or in a config, relative to `cwd`, keeping the name as given. */
export async function readLedger(file: string, cwd: string): Promise<Ledger> {
  const text = await readLedgerText(resolve(cwd, file));
  return parseLedger(text, { file, format: /\.json$/i.test(file) ? 'json' : 'yaml' });
}

/** Extracts every article (on every core) and reconciles the claims with the ledgers. */
export async function runChecks(files: string[], ledgers: Ledger[], run: RunChecksOptions): Promise<ChecksResult> {
  const { articles, errors } = await extractBatch(files, {
    cwd: run.cwd,
    options: run.options,
    ...(run.concurrency ? { concurrency: run.concurrency } : {}),
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
  });
  const claims: Claim[] = [];
  const info: Record<string, ArticleInfo> = {};
  for (const a of articles) {
    info[a.file] = { ...(a.published ? { published: a.published } : {}), ...(a.outlet ? { outlet: a.outlet } : {}) };
    claims.push(...a.claims);
  }
  return { findings: reconcile(claims, ledgers, { articles: info }), errors };
}

export const failingSeverities = (failOn: unknown): string[] =>
  failOn === 'none' ? [] : failOn === 'warning' ? ['error', 'warning'] : ['error'];
