import { YEAR } from '@factledger/core/en';
import { isCapitalised, type Token } from '../tokens.js';
import { type Filter, isBareNumber } from './filter.js';

/**
 * Nouns that label the number after them rather than count anything: `page 12`, `No. 5`, `route 66`.
 * The titles of laws and their parts are the statute filter's (`filters/statute.ts`).
 */
const LABELS = new Set([
  'no',
  'nos',
  'number',
  'page',
  'pages',
  'p',
  'pp',
  'version',
  'v',
  'vol',
  'volume',
  'issue',
  'episode',
  'season',
  'route',
  'highway',
  'interstate',
  'flight',
  'room',
  'suite',
  'apartment',
  'apt',
  'unit',
  'exhibit',
  'figure',
  'fig',
  'table',
  'case',
  'docket',
  'item',
  'line',
  'gate',
  'platform',
  'channel',
  'model',
  'serial',
  'ticket',
  'code',
  'box',
  'ward',
  'lot',
  'track',
  'step',
  'phase',
  'stage',
  'level',
  'grade',
  'class',
  'category',
  'type',
  'tier',
  'size',
  'iso',
  'rfc',
  'ref',
  'id',
]);

/** Nouns that title a law or a document, whose year is part of the name: `the Trade Act of 1974`. */
const DOCUMENT_NOUNS = new Set([
  ...['act', 'acts', 'law', 'treaty', 'accord', 'accords', 'convention', 'charter', 'code', 'statute'],
  ...['agreement', 'protocol', 'compact', 'ordinance', 'amendment', 'amendments', 'bill', 'resolution'],
  ...['declaration', 'directive', 'regulation', 'regulations', 'constitution'],
]);

/**
 * `page 12`, `No. 5`, `route 66`, `the Civil Rights Act of 1964`: a number a label puts on a thing
 * (or a year that names a law) counts nothing. A label numbers with plain digits; thousands
 * separators write a quantity (`Size 23,468 personnel` in a table).
 */
export const isLabelNumber: Filter = (tokens, m) => {
  if (!isBareNumber(tokens, m)) return false;
  const t = tokens[m.start] as Token;
  const prev = tokens[m.start - 1];
  const before = tokens[m.start - 2];
  if (prev && LABELS.has(prev.lower.replace(/\.$/, '')) && !t.text.includes(',')) return true;
  // `the agreement of 2019` dates one.
  if (prev?.lower === 'of' && YEAR.test(t.text) && isCapitalised(before) && DOCUMENT_NOUNS.has((before as Token).lower))
    return true;
  return prev?.text === '.' && !!before && LABELS.has(before.lower);
};
