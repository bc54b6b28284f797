import type { BlockKind, Directive, Position } from '@factledger/core';

export type ArticleFormat = 'markdown' | 'text' | 'html';

/** Where a metadata value came from, so a user can tell why a date was assumed. */
export type MetadataOrigin = 'option' | 'frontmatter' | 'sidecar' | 'html-meta' | 'dateline' | 'copyright';

export interface ArticleMetadata {
  title?: string;
  outlet?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  url?: string;
  /** ISO 4217 code of the currency a bare `$` means in this article (`AUD` for an Australian story). */
  currency?: string;
}

export interface Metadata extends ArticleMetadata {
  origin: Partial<Record<keyof ArticleMetadata, MetadataOrigin>>;
}

/** A span of the cleaned text. `start`/`end` are offsets into `Document.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
  /** The same span in the file on disk. */
  position: Position;
}

export interface Block extends Span {
  kind: BlockKind;
}

export interface Sentence extends Span {
  /** Index into `Document.blocks`. */
  block: number;
}

/** One repair of extraction damage, kept so `factledger parse` can show what was changed. */
export interface Repair {
  kind: 'join-line' | 'dehyphenate' | 'space' | 'quote' | 'dash' | 'zero-width' | 'bom' | 'line-ending';
  /** Offset in the cleaned text where the repaired character(s) are, or were removed. */
  at: number;
  /** The original characters, as in the file. */
  from: string;
  /** What they became in the cleaned text (empty when removed). */
  to: string;
  position: Position;
}

/** Maps offsets in the cleaned text back to the file on disk. */
export interface SourceMap {
  /** The source offset of the character at cleaned offset `offset` (the end of the text maps to the end of its source). */
  toSource(offset: number): number;
  /** The smallest source range covering cleaned `[start, end)`. */
  toSourceRange(start: number, end: number): [number, number];
  /** The unist position in the file on disk of cleaned `[start, end)`. */
  position(start: number, end: number): Position;
}

export interface Document {
  /** The path as given, or the id the caller chose. */
  id: string;
  format: ArticleFormat;
  /** The file as decoded from disk, byte order mark included: every position points into it. */
  source: string;
  /** The cleaned text: blocks in order, separated by a blank line. */
  text: string;
  metadata: Metadata;
  blocks: Block[];
  sentences: Sentence[];
  repairs: Repair[];
  map: SourceMap;
  /** The `<!-- factledger-disable… -->` comments of a Markdown or HTML article, in source order. */
  directives: Directive[];
}
