import { FactledgerError, LineIndex } from '@factledger/core';
import { assemble, frontMatterLayer, optionLayers } from './assemble.js';
import { decodeArticle } from './decode.js';
import type { Comment } from './directives.js';
import type { ArticleFormat, ArticleMetadata, Document } from './document.js';
import { htmlBlocks } from './html.js';
import { markdownBlocks, parseMarkdown, plainTextHints } from './markdown.js';
import { normalizePublished } from './metadata.js';
import type { RawBlock } from './pieces.js';
import { textBlocks } from './text-blocks.js';

/** 10 MiB: far above any article, low enough that a mistaken dump is refused quickly. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * The most any limit may be raised to: past it an article is not read into one string and parsed
 * without running out of memory (a 50 MB article reached 1.5 GB). The CLI's `--max-size` stops here.
 */
export const MAX_READ_BYTES = 32 * 1024 * 1024;

export interface ParseOptions {
  /** The document id: the path as given, or any name. Its extension picks the format when `format` is not set. */
  id?: string;
  format?: ArticleFormat;
  /** Publication date, `YYYY[-MM[-DD]]`: wins over anything the article says. */
  published?: string;
  /** Metadata that wins over anything the article says. */
  metadata?: ArticleMetadata;
  /** Largest input accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
}

/** What `readArticle` found beside the file. */
export interface ParseExtras {
  sidecar?: ArticleMetadata;
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
};

/** The format an extension names, or `undefined` when it is not an article's. */
export function formatOfPath(path: string): ArticleFormat | undefined {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (dot <= slash + 1) return undefined;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

/** Whether a path names an article (`.md`, `.markdown`, `.txt`, `.text`, `.html`, `.htm`). */
export function isArticlePath(path: string): boolean {
  return formatOfPath(path) !== undefined;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function tooLarge(size: number, maxBytes: number, file: string | undefined): FactledgerError {
  const mb = Math.max(1, Math.ceil(size / (1024 * 1024)));
  // Only suggest a limit that can be given: past the ceiling the fix is a smaller file.
  const hint =
    size > MAX_READ_BYTES
      ? `split it into several articles: the most factledger reads is ${formatSize(MAX_READ_BYTES)}`
      : `pass \`--max-size ${mb}MB\` to read it anyway`;
  return new FactledgerError(
    'too-large',
    `File is ${formatSize(size)}, larger than the limit of ${formatSize(maxBytes)}`,
    {
      file,
      hint,
    },
  );
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** JSON given where an article was expected: a ledger or a data file passed by mistake. */
function looksLikeJson(source: string): boolean {
  const start = source.search(/\S/);
  const c = source.charAt(start);
  if (c !== '{' && c !== '[') return false;
  try {
    JSON.parse(source);
    return true;
  } catch {
    return false;
  }
}

function looksLikeHtml(source: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(source.slice(0, 1000));
}

/**
 * Parses an article into a {@link Document}: the cleaned text, its blocks and
 * sentences, the repairs made, metadata, and a map from every cleaned offset
 * back to `source`. Throws a `FactledgerError` for input that is not an article.
 */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): Document {
  return parseWith(input, options, {});
}

export function parseWith(input: string | Uint8Array, options: ParseOptions, extras: ParseExtras): Document {
  const id = options.id ?? '';
  const file = options.id;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === 'string') {
    const size = input.length > maxBytes ? byteLength(input) : input.length;
    if (input.length > maxBytes && size > maxBytes) throw tooLarge(size, maxBytes, file);
  } else if (input.length > maxBytes) throw tooLarge(input.length, maxBytes, file);
  const source = typeof input === 'string' ? input : decodeArticle(input, file);
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!/\S/.test(source.slice(shift).replace(/[\u200b\u2060\ufeff]/g, ''))) {
    throw new FactledgerError('empty', 'The article is empty', { file, hint: 'give a file with the article text' });
  }
  if (looksLikeJson(source.slice(shift))) {
    throw new FactledgerError('not-an-article', 'Unexpected JSON, expected an article', {
      file,
      hint: 'give an article as .md, .txt or .html; a ledger goes after `--ledger`',
    });
  }
  let format = options.format ?? (options.id ? formatOfPath(options.id) : undefined) ?? 'text';
  if (format === 'text' && looksLikeHtml(source.slice(shift))) format = 'html';
  const lines = new LineIndex(source);
  const layers = optionLayers(options, extras);

  let raw: RawBlock[];
  let comments: Comment[] = [];
  if (format === 'markdown') {
    const result = markdownBlocks(parseMarkdown(source, shift), source, shift);
    raw = result.blocks;
    comments = result.comments;
    if (result.frontMatter) layers.push(frontMatterLayer(result.frontMatter, file, lines));
  } else if (format === 'html') {
    const result = htmlBlocks(source, shift);
    raw = result.blocks;
    comments = result.comments;
    const values = { ...result.metadata };
    // A page's own meta tags are not the user's to fix: a bad date there is ignored, not an error.
    if (values.published !== undefined) {
      const published = normalizePublished(values.published);
      if (published === undefined) delete values.published;
      else values.published = published;
    }
    layers.push({ values, origin: 'html-meta' });
  } else {
    raw = textBlocks(source, shift, plainTextHints(source, shift));
  }

  return assemble({ id, file, format, source, lines, raw, layers, comments });
}
