import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FactledgerError, LineIndex } from '@factledger/core';
import type { ArticleMetadata, Document } from './document.js';
import { readMetadataText } from './metadata.js';
import { DEFAULT_MAX_BYTES, formatOfPath, type ParseOptions, parseWith, tooLarge } from './parse.js';

export interface ReadOptions extends ParseOptions {
  /** Directory relative paths are read from (default: the process's). */
  cwd?: string;
}

/** Extensions of files that are data, not articles: a clear "wrong file" rather than "unknown type". */
const DATA = new Set(['json', 'jsonl', 'ndjson', 'yaml', 'yml', 'csv', 'tsv', 'xml', 'toml', 'sarif']);

function extension(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Reads an article from disk. `id` is the path as given. Beside `NAME.txt` (or
 * any article) a sidecar `NAME.meta.yaml` or `NAME.meta.json` may carry the
 * metadata the file cannot: it wins over front matter and page meta tags, since
 * someone wrote it on purpose, and loses to options.
 */
export async function readArticle(path: string, options: ReadOptions = {}): Promise<Document> {
  const { cwd, ...parseOptions } = options;
  const full = resolve(cwd ?? process.cwd(), path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = options.format ?? formatOfPath(path);
  if (format === undefined) {
    const ext = extension(path);
    if (/\.meta\.(?:ya?ml|json)$/i.test(path)) {
      throw new FactledgerError('not-an-article', 'Unexpected metadata sidecar, expected an article', {
        file: path,
        hint: `give the article it describes (${basename(path).replace(/\.meta\.(?:ya?ml|json)$/i, '')}.txt)`,
      });
    }
    throw new FactledgerError(
      DATA.has(ext) ? 'not-an-article' : 'unsupported-type',
      DATA.has(ext)
        ? `Unexpected .${ext} data file, expected an article`
        : `Unexpected file type \`${ext ? `.${ext}` : basename(path)}\`, expected an article`,
      {
        file: path,
        hint: 'articles are .md, .markdown, .txt, .text, .html or .htm files; convert PDFs and documents to text first',
      },
    );
  }
  let size: number;
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      throw new FactledgerError('is-directory', 'Unexpected directory, expected an article file', {
        file: path,
        hint: 'give the files inside it, or pass the directory to a command that reads folders',
      });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof FactledgerError) throw error;
    throw fileError(error, path);
  }
  // Refuse before reading: a 50 MB dump should not be loaded just to be rejected.
  if (size > maxBytes) throw tooLarge(size, maxBytes, path);
  if (size === 0)
    throw new FactledgerError('empty', 'The article is empty', {
      file: path,
      hint: 'give a file with the article text',
    });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (error) {
    throw fileError(error, path);
  }
  const sidecar = await readSidecar(path, full);
  // Object.assign, not a spread and a new key: on Node 20 that gives every object a hidden class of its own.
  return parseWith(bytes, Object.assign({}, parseOptions, { id: options.id ?? path }), sidecar ? { sidecar } : {});
}

function fileError(error: unknown, path: string): FactledgerError {
  switch (code(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FactledgerError('not-found', 'No such file', {
        file: path,
        hint: 'check the path; it is read relative to the current directory',
        cause: error,
      });
    case 'EISDIR':
      return new FactledgerError('is-directory', 'Unexpected directory, expected an article file', {
        file: path,
        cause: error,
      });
    default:
      return new FactledgerError('unreadable', `Cannot read the file (${code(error) ?? 'unknown error'})`, {
        file: path,
        hint: 'check its permissions',
        cause: error,
      });
  }
}

/** Sidecars are small by nature; a large one is a mistake. */
const SIDECAR_MAX_BYTES = 64 * 1024;

async function readSidecar(path: string, full: string): Promise<ArticleMetadata | undefined> {
  const stem = basename(full).replace(/\.[^.]+$/, '');
  for (const ext of ['yaml', 'yml', 'json']) {
    const name = `${stem}.meta.${ext}`;
    const display = join(dirname(path), name);
    let text: string;
    try {
      // Most articles have no sidecar, so a missing one is asked for without an error: each
      // ENOENT thrown cost more than the read (three per article, a twentieth of an archive's check).
      const info = statSync(join(dirname(full), name), { throwIfNoEntry: false });
      if (!info?.isFile()) continue;
      if (info.size > SIDECAR_MAX_BYTES) {
        throw new FactledgerError('invalid-metadata', 'Sidecar is too large for metadata', {
          file: display,
          hint: 'a sidecar holds only title, outlet, published and url',
        });
      }
      text = await readFile(join(dirname(full), name), 'utf8');
    } catch (error) {
      if (error instanceof FactledgerError) throw error;
      if (code(error) === 'ENOENT') continue;
      throw fileError(error, display);
    }
    return readMetadataText(text, ext === 'json', {
      file: display,
      offset: 0,
      lines: new LineIndex(text),
      label: 'sidecar',
    });
  }
  return undefined;
}
