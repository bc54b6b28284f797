import type { BlockKind } from '@factledger/core';
import type { Document } from '@factledger/parse';
import type { Anchor } from '../anchor.js';
import type { Token } from '../tokens.js';
import type { Refined } from './refined.js';

/** The figures of one sentence, with the tokens they were read from. */
export interface SentenceFigures {
  tokens: Token[];
  found: Refined[];
  block: BlockKind;
}

export interface DocumentContext {
  doc: Document;
  /** The publication date, when known. */
  anchor: Anchor | undefined;
  /** The configured currency of a bare `$` (the `currency` option), if any. */
  currency?: string;
}

/**
 * A rule that reads the whole article, after each sentence's figures are found and refined: what
 * one sentence cannot know (the year the text is talking about, which dollar `$` is). Refiners
 * run in order and change the figures in place; one may drop figures it cannot resolve.
 */
export type DocumentRefiner = (sentences: SentenceFigures[], context: DocumentContext) => void;
