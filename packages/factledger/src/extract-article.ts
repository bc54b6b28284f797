import { type Claim, type Directive, type ErrorCode, isFactledgerError, type Position } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { readArticle } from '@factledger/parse';

/** How articles are read: the publication date for those that state none, and the largest read, in bytes. */
export interface ArticleOptions {
  published?: string;
  maxBytes?: number;
  /** ISO 4217 code of the currency a bare `$` means where the article does not say (default USD). */
  currency?: string;
  /**
   * How much of each sentence to read (default `figures`): checking needs the figures alone, and
   * the tagger that reads subjects, names and attributions is most of the time extraction takes.
   */
  reading?: 'full' | 'figures';
}

export interface ArticleJob {
  file: string;
  cwd: string;
  options: ArticleOptions;
  /** Send the article's text back too, for a report that quotes it: read once, where it is parsed. */
  withSource?: boolean;
}

/** What a job gives back, as plain data: it may cross a thread boundary. */
export type ArticleResult =
  | ({ ok: true } & ExtractedArticle)
  | {
      ok: false;
      file: string;
      error: { code: ErrorCode | 'internal'; message: string; file?: string; position?: Position; hint?: string };
    };

export interface ExtractedArticle {
  file: string;
  published?: string;
  outlet?: string;
  claims: Claim[];
  /** The article's `factledger-disable…` comments, to silence its findings by. */
  directives: Directive[];
  /** The text as decoded, which positions count in: only when the job asked for it. */
  source?: string;
}

/** Reads one article and extracts its claims: the unit of work of a batch. */
export async function extractArticle(job: ArticleJob): Promise<ExtractedArticle> {
  // Object.assign, not a spread and a new key: on Node 20 that gives every object a hidden class of its own.
  const doc = await readArticle(job.file, Object.assign({}, job.options, { cwd: job.cwd }));
  const { published, outlet } = doc.metadata;
  return {
    file: job.file,
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
    claims: extractClaims(doc, {
      reading: job.options.reading ?? 'figures',
      ...(job.options.currency ? { currency: job.options.currency } : {}),
    }),
    directives: doc.directives,
    ...(job.withSource ? { source: doc.source } : {}),
  };
}

/**
 * Runs one job, in this thread or a worker's. A user's mistake (an unreadable article) becomes a
 * result like any other, so the batch goes on; a bug is carried as `internal` and rethrown by the pool.
 */
export async function runJob(job: ArticleJob): Promise<ArticleResult> {
  try {
    return { ok: true, ...(await extractArticle(job)) };
  } catch (error) {
    if (isFactledgerError(error)) {
      const { code, message, file, position, hint } = error;
      return { ok: false, file: job.file, error: { code, message, file, position, hint } };
    }
    return {
      ok: false,
      file: job.file,
      error: { code: 'internal', message: (error as Error)?.stack ?? String(error) },
    };
  }
}
