import type { Filter } from './filter.js';

/**
 * Nouns that title a law, an order or a part of one and take its number after them:
 * `Executive Order 13769`, `Section 232`, `Public Law 116-92`, `Title 42`, `Article 5`.
 */
const LEGAL_TITLES = new Set([
  ...['order', 'orders', 'law', 'laws', 'proclamation', 'title', 'section', 'sections', 'article', 'articles'],
  ...['chapter', 'clause', 'paragraph', 'rule', 'resolution', 'amendment', 'bill', 'act', 'statute', 'decree'],
  ...['directive', 'regulation', 'eo', '§'],
]);

/** `No. 5`, `No 5`: the numbering word between a title and its number. */
const NUMBERING = new Set(['no', 'nos', 'number']);

/**
 * The number of a law or of a part of one names it; it states no quantity. A number written
 * with thousands separators after such a noun is a quantity again (`Section 1,200 workers` in a table).
 */
export const isStatuteNumber: Filter = (tokens, m) => {
  const first = tokens[m.start];
  if (m.kind === 'money' || m.kind === 'percent' || first?.type !== 'number' || first.text.includes(',')) return false;
  let k = m.start - 1;
  if (tokens[k]?.text === '.') k--;
  if (NUMBERING.has(tokens[k]?.lower ?? '')) k--;
  return LEGAL_TITLES.has(tokens[k]?.lower ?? '');
};
