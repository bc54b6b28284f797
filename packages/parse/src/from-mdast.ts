import { LineIndex } from '@factledger/core';
import type { Root } from 'mdast';
import { assemble, frontMatterLayer, optionLayers } from './assemble.js';
import { decodeArticle } from './decode.js';
import type { Document } from './document.js';
import { markdownBlocks } from './markdown.js';
import type { ParseOptions } from './parse.js';

/** What {@link documentFromMdast} takes: the format is Markdown, and the file was already read. */
export type MdastOptions = Pick<ParseOptions, 'id' | 'published' | 'metadata'>;

/**
 * The {@link Document} of a Markdown tree that unified already parsed (remark-parse, with or without
 * remark-frontmatter), so a remark plugin checks the tree it is handed instead of parsing the file
 * again. `source` is the file the tree was parsed from, as text or as its bytes: every position
 * points into it, byte order mark included. For exact positions of character references (`&amp;`),
 * the processor should use `recordReferences`.
 */
export function documentFromMdast(tree: Root, input: string | Uint8Array, options: MdastOptions = {}): Document {
  const file = options.id;
  const source = typeof input === 'string' ? input : decodeArticle(input, file);
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineIndex(source);
  const layers = optionLayers(options, {});
  const { blocks, frontMatter, comments } = markdownBlocks(tree, source, shift);
  if (frontMatter) layers.push(frontMatterLayer(frontMatter, file, lines));
  return assemble({ id: options.id ?? '', file, format: 'markdown', source, lines, raw: blocks, layers, comments });
}
