import type { Claim, Directive, FactledgerError } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { type Document, parseArticle } from '@factledger/parse';
import {
  type ArticleInfo,
  type Finding,
  type ReconcileOptions,
  type ReviewedFinding,
  reconcile,
  type StaleSuppression,
  SuppressionRun,
} from '@factledger/reconcile';
import { extractBatch, type UnreadArticle } from './batch.js';
import { type LedgerInput, resolveLedgers } from './ledger-input.js';

/** An article given by its text (or already parsed), with what a file's front matter would say. */
export interface ArticleText {
  /** The name findings use for it; its extension picks the format (`.md`, `.txt`, `.html`). */
  id: string;
  text?: string;
  document?: Document;
  published?: string;
  outlet?: string;
}

export interface CheckOptions extends Omit<ReconcileOptions, 'articles'> {
  /** Where relative paths of articles and ledgers are read from (default: the working directory). */
  cwd?: string;
  /** Publication date for articles that state none. */
  published?: string;
  /**
   * ISO 4217 code of the currency a bare `$` means where an article says nothing of it, neither
   * in its text nor in its `currency` metadata (default USD): `AUD` for an Australian newsroom.
   */
  currency?: string;
  /** Largest article read, in bytes. */
  maxBytes?: number;
  /** Largest ledger read from a path, in bytes (default 10 MB). */
  maxLedgerBytes?: number;
  /** `full` to read each figure's subject, names and attribution too (slower); default `figures`. */
  reading?: 'full' | 'figures';
  /** Threads that extract articles given as paths, this one included (default: one per core, for eight or more). */
  concurrency?: number;
  /** Called after each article read from a path, for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Findings someone checked and accepted, by their stable `id`, each with the reason: they are
   * returned with `suppressions` and fail nothing, as are those an article's directives silence.
   */
  reviewed?: readonly ReviewedFinding[];
}

export interface CheckResult {
  findings: Finding[];
  /** Articles that could not be read; the others were checked. */
  errors: FactledgerError[];
  /** The same, with the article (as given in `articles`) each error is about: it was not checked. */
  unread: UnreadArticle[];
  /** Directives and reviewed entries that silenced nothing: warnings for the user to clean up. */
  stale: StaleSuppression[];
}

/**
 * Checks articles against one or more ledgers in one call: reads and extracts every article (on
 * every core, for paths), applies each ledger to the articles of its topic, and returns the
 * findings as plain JSON. The same engine as `factledger check`.
 *
 * @example
 *   const { findings } = await checkArticles(
 *     ['articles/a.md', { id: 'draft.md', text: '# Draft\n\nThe budget is €5 billion.', published: '2025-01' }],
 *     ['ledgers/budget.yaml'],
 *   );
 */
export async function checkArticles(
  articles: readonly (string | ArticleText)[],
  ledgers: LedgerInput | readonly LedgerInput[],
  options: CheckOptions = {},
): Promise<CheckResult> {
  const {
    cwd = process.cwd(),
    published,
    currency,
    maxBytes,
    maxLedgerBytes,
    reading,
    concurrency,
    onProgress,
    reviewed,
    ...tuning
  } = options;
  const run = new SuppressionRun(reviewed);
  const loaded = await resolveLedgers(ledgers, cwd, maxLedgerBytes);
  const paths = articles.filter((a): a is string => typeof a === 'string');
  const batch = await extractBatch(paths, {
    cwd,
    options: {
      ...(published ? { published } : {}),
      ...(currency ? { currency } : {}),
      ...(maxBytes ? { maxBytes } : {}),
      ...(reading ? { reading } : {}),
    },
    ...(concurrency ? { concurrency } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const claims: Claim[] = [];
  const info: Record<string, ArticleInfo> = {};
  // Each article's directives first, then the whole run's findings at once, in reconcile's order.
  for (const a of batch.articles) {
    info[a.file] = { ...(a.published ? { published: a.published } : {}), ...(a.outlet ? { outlet: a.outlet } : {}) };
    for (const c of a.claims) claims.push(c);
    run.article(a.file, [], a.directives);
  }
  for (const a of articles) {
    if (typeof a === 'string') continue;
    const text = extractText(a, { published, currency, reading });
    info[text.id] = text.info;
    for (const c of text.claims) claims.push(c);
    run.article(text.id, [], text.directives);
  }
  return {
    findings: run.silence(reconcile(claims, loaded, { ...tuning, articles: info })),
    errors: batch.errors,
    unread: batch.unread,
    stale: run.stale(),
  };
}

/** Parses (unless given parsed) and extracts an article given as text. */
export function extractText(
  article: ArticleText,
  {
    published,
    currency,
    reading = 'figures',
  }: { published?: string | undefined; currency?: string | undefined; reading?: 'full' | 'figures' | undefined },
): { id: string; info: ArticleInfo; claims: Claim[]; directives: Directive[] } {
  const given = article.published ?? published;
  const doc =
    article.document ?? parseArticle(article.text ?? '', { id: article.id, ...(given ? { published: given } : {}) });
  const when = article.published ?? doc.metadata.published ?? published;
  const outlet = article.outlet ?? doc.metadata.outlet;
  return {
    id: doc.id,
    info: { ...(when ? { published: when } : {}), ...(outlet ? { outlet } : {}) },
    claims: extractClaims(doc, { reading, ...(when ? { published: when } : {}), ...(currency ? { currency } : {}) }),
    directives: doc.directives,
  };
}
