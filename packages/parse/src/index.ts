export type { Directive, DirectiveKind } from '@factledger/core';
export { decodeArticle } from './decode.js';
export type {
  ArticleFormat,
  ArticleMetadata,
  Block,
  Document,
  Metadata,
  MetadataOrigin,
  Repair,
  Sentence,
  SourceMap,
  Span,
} from './document.js';
export type { MdastOptions } from './from-mdast.js';
export { documentFromMdast } from './from-mdast.js';
export type { ParseOptions } from './parse.js';
export { DEFAULT_MAX_BYTES, isArticlePath, MAX_READ_BYTES, parseArticle } from './parse.js';
export type { ReadOptions } from './read.js';
export { readArticle } from './read.js';
export { recordReferences } from './references.js';
export type { SourceMapJson } from './source-map.js';
