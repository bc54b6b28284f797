import type { FactledgerError } from '@factledger/core';
import type { Ledger } from '@factledger/ledger';
import { type Finding, isSuppressed, type ReviewedFinding, type StaleSuppression } from '@factledger/reconcile';
import type { UnreadArticle } from './batch.js';
import { checkArticles } from './check-articles.js';
import type { ArticleOptions } from './extract-article.js';

export { readLedger } from './read-ledger.js';

export interface RunChecksOptions {
  cwd: string;
  options: ArticleOptions;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** The configuration's reviewed findings, silenced by id. */
  reviewed?: readonly ReviewedFinding[];
}

export interface ChecksResult {
  findings: Finding[];
  /** Articles that could not be read; the rest were checked. */
  errors: FactledgerError[];
  /** The same, with the article each is about. */
  unread: UnreadArticle[];
  /** Directives and reviewed entries that silenced nothing. */
  stale: StaleSuppression[];
}

/** Extracts every article (on every core) and reconciles the claims with the ledgers. */
export async function runChecks(files: string[], ledgers: Ledger[], run: RunChecksOptions): Promise<ChecksResult> {
  return checkArticles(files, ledgers, {
    cwd: run.cwd,
    ...run.options,
    ...(run.concurrency ? { concurrency: run.concurrency } : {}),
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
    ...(run.reviewed ? { reviewed: run.reviewed } : {}),
  });
}

export const failingSeverities = (failOn: unknown): string[] =>
  failOn === 'none' ? [] : failOn === 'warning' ? ['error', 'warning'] : ['error'];

/** Whether findings fail a run at `failOn`: a suppressed finding never does. */
export function failsRun(findings: readonly Finding[], failOn: unknown): boolean {
  const failing = failingSeverities(failOn);
  return findings.some((f) => !isSuppressed(f) && failing.includes(f.severity));
}
