import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FactledgerError } from '@factledger/core';
import { isArticlePath } from '@factledger/parse';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface Collected {
  /** The articles to check, named as the user named them (relative stays relative), sorted per entry. */
  files: string[];
  /** Files left out, each with why: not an article, or ignored. Said on stderr, not an error. */
  skipped: { file: string; reason: string }[];
}

export interface CollectOptions {
  cwd: string;
  /** Where `ignores` and the ignore files are read from: the configuration's folder (default `cwd`). */
  base?: string;
  /** Patterns of files not to check, in .gitignore syntax, relative to `base`. */
  ignores?: readonly string[];
  /**
   * What becomes of a file named on its own that a folder or a pattern would leave out, being no
   * article or on an ignore list: `skip` it with a note (the default), or `read` it as asked, so
   * the reader refuses what it cannot read with its own reason.
   */
  named?: 'skip' | 'read';
}

const NOT_ARTICLE = 'not an article (.md, .txt or .html)';
const IGNORED = 'ignored by the ignore list';

/** Read beside the configuration, in .gitignore syntax: git's own list and one for factledger alone. */
export const IGNORE_FILES = ['.gitignore', '.factledgerignore'];

/**
 * Expands what a user gave — files, directories and glob patterns — into the articles to check,
 * as ESLint and markdownlint-cli2 do: a directory stands for every article below it, a pattern for
 * what it matches; files that are not articles (an image beside the Markdown, a README.rst) and
 * files the ignore lists name are skipped with a note, so a folder of mixed files can be checked
 * as it is (a file named on its own is skipped too, unless `named` says to read it). A named path
 * that does not exist, or a folder or pattern that yields no article, is an error.
 */
export async function collectArticles(entries: readonly string[], options: CollectOptions): Promise<Collected> {
  const { cwd } = options;
  const base = options.base ?? cwd;
  const ignored = await ignoreList(base, options.ignores ?? []);
  const isIgnored = (full: string) => {
    const path = relative(base, full);
    // Only what lies under the base can be named by its patterns.
    return path !== '' && !path.startsWith('..') && !isAbsolute(path) && ignored.ignores(path.split(sep).join('/'));
  };
  const files: string[] = [];
  const skipped: Collected['skipped'] = [];
  for (const entry of entries) {
    const name = (full: string) => (isAbsolute(entry) ? full : relative(cwd, full) || full);
    // A file that exists is itself, whatever its name: `[draft].md` and `$(x).md` are names too.
    const pattern = isDynamicPattern(entry) && !existsSync(resolve(cwd, entry));
    const { found, single } = pattern
      ? { found: await matches(entry, cwd), single: false }
      : await walkEntry(entry, cwd);
    let articles = 0;
    for (const full of found.sort()) {
      const reason = !isArticlePath(full) ? NOT_ARTICLE : isIgnored(full) ? IGNORED : undefined;
      if (reason && !(single && options.named === 'read')) {
        // A file named on its own is reported, and an ignored one; the others in a folder are simply not articles.
        if (single || reason === IGNORED) skipped.push({ file: name(full), reason });
        continue;
      }
      files.push(name(full));
      articles++;
    }
    if (articles === 0 && !single) {
      throw new FactledgerError(
        'no-articles',
        pattern ? 'No article matches the pattern' : 'Directory holds no articles',
        {
          file: entry,
          hint: 'articles are files ending in .md, .markdown, .txt, .html or .htm, outside the ignore list',
        },
      );
    }
  }
  return { files, skipped };
}

async function matches(pattern: string, cwd: string): Promise<string[]> {
  return glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
}

/** A file stands for itself, a directory for every file below it (hidden ones and node_modules left out). */
async function walkEntry(entry: string, cwd: string): Promise<{ found: string[]; single: boolean }> {
  const full = resolve(cwd, entry);
  const info = await stat(full).catch(() => undefined);
  if (!info) {
    throw new FactledgerError('not-found', 'No such file or directory', {
      file: entry,
      hint: 'check the path; it is read relative to the current directory',
    });
  }
  if (!info.isDirectory()) return { found: [full], single: true };
  const found = await glob('**/*', { cwd: full, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
  return { found: found.map((f) => join(f)), single: false };
}

async function ignoreList(base: string, patterns: readonly string[]): Promise<Ignore> {
  const list = ignore().add([...patterns]);
  for (const name of IGNORE_FILES) {
    const text = await readFile(join(base, name), 'utf8').catch(() => undefined);
    if (text !== undefined) list.add(text);
  }
  return list;
}
