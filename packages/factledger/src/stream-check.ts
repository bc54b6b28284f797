import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FactledgerError } from '@factledger/core';
import type { Ledger } from '@factledger/ledger';
import {
  type Finding,
  isSuppressed,
  type ReconcileOptions,
  Reconciler,
  type ReviewedFinding,
  type Severity,
  type StaleSuppression,
  SuppressionRun,
} from '@factledger/reconcile';
import type { Reporter } from '@factledger/report';
import { extractInOrder, toError } from './batch.js';
import { type ArticleText, extractText } from './check-articles.js';
import type { ArticleOptions } from './extract-article.js';

/** Where one report goes as it is written: stdout, or a file that appears whole at the end. */
export interface Sink {
  reporter: Reporter;
  write(pieces: Iterable<string>): Promise<void>;
}

export interface StreamCheckOptions {
  cwd: string;
  options: ArticleOptions;
  tuning?: Omit<ReconcileOptions, 'articles'>;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called for each article that could not be read, as it is met. */
  onUnread?: (file: string, error: FactledgerError) => void;
  /** Which findings are reported (and count): all by default. */
  keep?: (finding: Finding) => boolean;
  /**
   * Which articles are reported on (`--only-files`): the others are read, as context for the
   * cross-article checks, but shown only for a finding `keep` keeps. All by default.
   */
  reports?: (file: string) => boolean;
  /** Findings a person accepted, by id: reported as suppressed, and counting toward nothing. */
  reviewed?: readonly ReviewedFinding[];
}

export interface StreamCheckResult {
  /** Reported findings by severity, suppressed ones left out. */
  counts: Record<Severity, number>;
  unread: number;
  /** Suppressions that silenced nothing: warnings for the user. */
  stale: StaleSuppression[];
}

/**
 * Checks articles one at a time and writes each one's findings to every sink as soon as it is
 * judged: the run holds a window of articles being read, the ledgers, and the compact state the
 * cross-article comparison needs — never the archive's claims or findings, whatever its size.
 */
export async function streamCheck(
  articles: { files: readonly string[]; texts?: readonly ArticleText[] },
  ledgers: readonly Ledger[],
  sinks: readonly Sink[],
  run: StreamCheckOptions,
): Promise<StreamCheckResult> {
  const reconciler = new Reconciler(ledgers, run.tuning);
  const suppressions = new SuppressionRun(run.reviewed);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let unread = 0;
  const needsSource = sinks.some((s) => s.reporter.needsSource);
  const sourceOf = (file: string) => readFile(resolve(run.cwd, file), 'utf8');
  /** Whether `f` is reported; counts it if so. */
  const reported = (f: Finding) => {
    if (run.keep && !run.keep(f)) return false;
    if (!isSuppressed(f)) counts[f.severity]++;
    return true;
  };
  const kept = (findings: readonly Finding[]) => findings.filter(reported);
  const each = async (pick: (reporter: Reporter) => Iterable<string>) => {
    for (const sink of sinks) await sink.write(pick(sink.reporter));
  };
  const texts = new Map<string, string>();

  await each((r) => r.start());
  for (const text of articles.texts ?? []) {
    const { id, info, claims, directives } = extractText(text, run.options);
    const findings = kept(suppressions.article(id, reconciler.article(claims, info), directives));
    if (text.text !== undefined) texts.set(id, text.text);
    await each((r) => r.article(id, findings, text.text));
  }
  for await (const result of extractInOrder(articles.files, {
    cwd: run.cwd,
    options: run.options,
    ...(run.concurrency ? { concurrency: run.concurrency } : {}),
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
    withSource: needsSource,
  })) {
    if (!result.ok) {
      if (run.reports && !run.reports(result.file)) continue;
      const error = toError(result);
      unread++;
      run.onUnread?.(result.file, error);
      await each((r) => r.unread(result.file, reasonOf(result.file, error)));
      continue;
    }
    const info = {
      ...(result.published ? { published: result.published } : {}),
      ...(result.outlet ? { outlet: result.outlet } : {}),
    };
    const findings = kept(
      suppressions.article(result.file, reconciler.article(result.claims, info), result.directives),
    );
    if (run.reports && !run.reports(result.file) && findings.length === 0) continue;
    await each((r) => r.article(result.file, findings, result.source));
  }
  const late = (function* () {
    for (const f of suppressions.silenceEach(reconciler.crossArticleFindings())) if (reported(f)) yield f;
  })();
  if (needsSource || sinks.length > 1) {
    // Several reports read the late findings once each, and the formats that quote a late
    // finding's lines need its article read again first: both take them as a list.
    const list = [...late];
    if (needsSource) {
      for (const f of list) {
        if (!texts.has(f.claim.file)) texts.set(f.claim.file, await sourceOf(f.claim.file).catch(() => ''));
      }
    }
    await each((r) => r.end(list, (file) => texts.get(file)));
  } else {
    // One report that quotes no text: each late finding is written as it is judged, never all held.
    await each((r) => r.end(late));
  }
  return { counts, unread, stale: suppressions.stale() };
}

/** Why an article was not checked, in a report's words: the reason names its file only when it is another one. */
export function reasonOf(file: string, error: FactledgerError): string {
  if (error.file !== undefined && error.file !== file) return error.format();
  return error.hint ? `${error.message} (${error.hint})` : error.message;
}
