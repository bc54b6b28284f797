import type { BlockKind } from '@factledger/core';

/**
 * What a format reader hands to the cleaner: for each block, the places in the
 * source its text comes from. Offsets are into the full source (byte order mark
 * included).
 */
export type Piece =
  /** Source text taken as it is, then repaired character by character. */
  | { type: 'text'; start: number; end: number }
  /** Text a parser decoded (a character reference): `value` stands for source `[start, end)`. */
  | { type: 'value'; value: string; start: number; end: number }
  /** A line break inside the block (with the whitespace around it): joined into one space. */
  | { type: 'break'; start: number; end: number };

export interface RawBlock {
  pieces: Piece[];
  /** The kind the markup states (a heading, a figcaption), when it does. */
  hint?: BlockKind;
  /** Plain text: the blank-line-separated group of lines the block came from. */
  group?: number;
  /** Plain text: how many source lines the block spans. */
  lines?: number;
}
