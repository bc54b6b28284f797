import { FactledgerError, type LineIndex } from '@factledger/core';
import { blockKind } from './block-kind.js';
import { type Comment, readDirectives } from './directives.js';
import type { ArticleFormat, ArticleMetadata, Block, Document, Metadata, Sentence } from './document.js';
import type { FrontMatter } from './markdown-syntax.js';
import { type MetadataLayer, mergeMetadata, normalizePublished, readMetadataText, textMetadata } from './metadata.js';
import type { ParseExtras, ParseOptions } from './parse.js';
import type { RawBlock } from './pieces.js';
import { cleanBlocks } from './repairs.js';
import { splitSentences } from './sentences.js';
import { SegmentSourceMap } from './source-map.js';

/** The options and sidecar metadata, which win over anything the article says. */
export function optionLayers(options: ParseOptions, extras: ParseExtras): MetadataLayer[] {
  const layers: MetadataLayer[] = [];
  const optionValues: ArticleMetadata = { ...options.metadata };
  if (options.published !== undefined) optionValues.published = options.published;
  if (optionValues.published !== undefined) {
    const published = normalizePublished(optionValues.published);
    if (published === undefined) {
      throw new FactledgerError(
        'invalid-option',
        `Unexpected \`published: ${optionValues.published}\`, expected a date`,
        {
          hint: 'write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-01-24',
        },
      );
    }
    optionValues.published = published;
  }
  layers.push({ values: optionValues, origin: 'option' });
  if (extras.sidecar) layers.push({ values: extras.sidecar, origin: 'sidecar' });
  return layers;
}

export function frontMatterLayer(frontMatter: FrontMatter, file: string | undefined, lines: LineIndex): MetadataLayer {
  const values = readMetadataText(frontMatter.value, false, {
    file,
    offset: frontMatter.offset,
    lines,
    label: 'front matter',
  });
  return { values, origin: 'frontmatter' };
}

export interface Parts {
  id: string;
  /** The file, for errors. */
  file: string | undefined;
  format: ArticleFormat;
  source: string;
  lines: LineIndex;
  raw: RawBlock[];
  /** Metadata layers so far, highest precedence first; what the text itself shows comes last. */
  layers: MetadataLayer[];
  /** The format's comments, where suppression directives are read from. */
  comments?: Comment[];
}

/** Cleans a format's raw blocks into the document's text, blocks, sentences and metadata. */
export function assemble({ id, file, format, source, lines, raw, layers, comments = [] }: Parts): Document {
  const cleaned = cleanBlocks(source, raw, { collapse: format === 'html', lines });
  const map = new SegmentSourceMap(cleaned.segments, source, lines);
  const { text } = cleaned;

  const blocks: Block[] = cleaned.blocks.map((b) => ({
    start: b.start,
    end: b.end,
    position: map.position(b.start, b.end),
    kind: blockKind({
      text: text.slice(b.start, b.end),
      hint: b.hint,
      standaloneLine: format === 'text' && (b.lines ?? 0) <= 2,
    }),
  }));
  // Scraped pages put an image's title or alt text on the line right above its credit: a caption too.
  if (format === 'text') {
    for (let k = 0; k + 1 < blocks.length; k++) {
      const block = blocks[k] as Block;
      const next = blocks[k + 1] as Block;
      const sameGroup = cleaned.blocks[k]?.group === cleaned.blocks[k + 1]?.group;
      if (sameGroup && next.kind === 'caption' && block.kind !== 'boilerplate' && block.end - block.start <= 300) {
        block.kind = 'caption';
      }
    }
  }

  if (blocks.length === 0) {
    throw new FactledgerError('empty', 'The article has no text', {
      file,
      hint:
        format === 'html'
          ? 'the page holds no text outside scripts, navigation and footers'
          : 'give a file with the article text',
    });
  }

  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    for (const [start, end] of splitSentences(text, block.start, block.end)) {
      sentences.push({ start, end, block: index, position: map.position(start, end) });
    }
  });

  if (format !== 'html') {
    const derived = textMetadata(blocks.map((b) => text.slice(b.start, b.end)));
    layers.push({ values: derived.metadata, origin: derived.origin });
  }
  const metadata: Metadata = mergeMetadata(layers);

  const directives = readDirectives(source, lines, comments);
  return { id, format, source, text, metadata, blocks, sentences, repairs: cleaned.repairs, map, directives };
}
