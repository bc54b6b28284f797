export type { Finding, ReviewedFinding, StaleSuppression, Suppression } from '@factledger/reconcile';
export type { BatchOptions, BatchResult, UnreadArticle } from './batch.js';
export { extractBatch } from './batch.js';
export type { ArticleText, CheckOptions, CheckResult } from './check-articles.js';
export { checkArticles } from './check-articles.js';
export type { CheckEvent } from './check-stream.js';
export { checkStream } from './check-stream.js';
export type { ArticleOptions, ExtractedArticle } from './extract-article.js';
export type { LedgerInput } from './ledger-input.js';
