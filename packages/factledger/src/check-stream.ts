import { type FactledgerError, isFactledgerError } from '@factledger/core';
import { type Finding, Reconciler, type StaleSuppression, SuppressionRun } from '@factledger/reconcile';
import { toError } from './batch.js';
import { type ArticleText, type CheckOptions, extractText } from './check-articles.js';
import { runJob } from './extract-article.js';
import { type LedgerInput, resolveLedgers } from './ledger-input.js';

/**
 * What `checkStream` yields: each article's findings as it is checked, then the cross-article ones
 * with the suppressions that silenced nothing in the whole run (only its end can tell).
 */
export type CheckEvent =
  | { type: 'article'; file: string; findings: Finding[] }
  | { type: 'error'; file: string; error: FactledgerError }
  | { type: 'cross-article'; findings: Finding[]; stale: StaleSuppression[] };

/**
 * `checkArticles` for a feed: takes articles from any iterable or async iterable (a crawler, a
 * queue, a database cursor) one at a time and yields each one's findings before reading the next,
 * so memory holds one article, not the archive. Claims about valueless facts are kept to be
 * compared across articles; that comparison is yielded last, once the feed ends.
 *
 * @example
 *   for await (const event of checkStream(crawl(), 'ledgers/budget.yaml')) {
 *     if (event.type === 'error') console.error(event.error.format());
 *     else for (const f of event.findings) if (f.severity === 'error') console.log(f.message);
 *   }
 */
export async function* checkStream(
  articles: Iterable<string | ArticleText> | AsyncIterable<string | ArticleText>,
  ledgers: LedgerInput | readonly LedgerInput[],
  options: Omit<CheckOptions, 'concurrency' | 'onProgress'> = {},
): AsyncGenerator<CheckEvent, void, undefined> {
  const { cwd = process.cwd(), published, currency, maxBytes, maxLedgerBytes, reading, reviewed, ...tuning } = options;
  const run = new SuppressionRun(reviewed);
  const reconciler = new Reconciler(await resolveLedgers(ledgers, cwd, maxLedgerBytes), tuning);
  const read = {
    ...(published ? { published } : {}),
    ...(currency ? { currency } : {}),
    ...(maxBytes ? { maxBytes } : {}),
    ...(reading ? { reading } : {}),
  };
  for await (const article of articles) {
    if (typeof article === 'string') {
      const result = await runJob({ file: article, cwd, options: read });
      if (!result.ok) {
        yield { type: 'error', file: article, error: toError(result) };
        continue;
      }
      const info = {
        ...(result.published ? { published: result.published } : {}),
        ...(result.outlet ? { outlet: result.outlet } : {}),
      };
      const findings = run.article(result.file, reconciler.article(result.claims, info), result.directives);
      yield { type: 'article', file: result.file, findings };
      continue;
    }
    let text: ReturnType<typeof extractText>;
    try {
      text = extractText(article, { published, currency, reading });
    } catch (error) {
      if (!isFactledgerError(error)) throw error;
      yield { type: 'error', file: article.id, error };
      continue;
    }
    const findings = run.article(text.id, reconciler.article(text.claims, text.info), text.directives);
    yield { type: 'article', file: text.id, findings };
  }
  const findings = run.silence(reconciler.crossArticle());
  yield { type: 'cross-article', findings, stale: run.stale() };
}
