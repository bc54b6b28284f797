import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FactledgerError } from '@factledger/core';
import type { Finding } from '@factledger/reconcile';
import type { OptionSpec } from './command.js';

export const onlyFilesSpec: Record<string, OptionSpec> = {
  'only-files': {
    type: 'string',
    arg: '<file>',
    description:
      'report only on the articles this file lists (NUL- or newline-separated, as `git diff -z --name-only` prints them); every article is still read, for cross-article checks',
  },
};

/**
 * The articles a `--only-files` list names. A finding is about a listed article when one of the
 * article figures it weighs is in a listed file: the claim itself, or the other article's claim it
 * was judged against — a changed article that contradicts an unchanged one is the change's doing
 * even when the unchanged figure is the one judged.
 */
export interface OnlyFiles {
  /** Whether `file` (relative to the working folder, or absolute) is listed. */
  lists(file: string): boolean;
  /** Whether a finding is reported and counts: a `keep` for a streaming check. */
  keep(finding: Finding): boolean;
  /** The listed names that are none of `articles` (an image under `articles/`, a story the globs miss). */
  unchecked(articles: readonly string[]): string[];
}

/**
 * Reads a `--only-files` list (NUL-separated as `git diff -z --name-only` writes it, or one name a
 * line when it holds no NUL). Read before any article is, so a wrong path fails at once. Without
 * a list, undefined: everything is reported.
 */
export async function readOnlyFiles(listFile: string | undefined, cwd: string): Promise<OnlyFiles | undefined> {
  if (listFile === undefined) return undefined;
  const listed = await readFileList(listFile, cwd);
  const lists = (file: string) => listed.has(resolve(cwd, file));
  return {
    lists,
    keep: (finding) => articlesOf(finding).some(lists),
    unchecked(articles) {
      const known = new Set(articles.map((f) => resolve(cwd, f)));
      return [...listed].filter(([path]) => !known.has(path)).map(([, name]) => name);
    },
  };
}

/** The list's entries, resolved against `cwd`, each with its name as listed. */
async function readFileList(listFile: string, cwd: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, listFile), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FactledgerError(
      code === 'EISDIR' ? 'is-directory' : code === 'ENOENT' ? 'not-found' : 'unreadable',
      code === 'EISDIR'
        ? 'The --only-files list is a directory'
        : code === 'ENOENT'
          ? 'No such --only-files list'
          : 'The --only-files list cannot be read',
      {
        file: listFile,
        hint: 'pass a file of article paths, e.g. written by `git diff -z --name-only origin/main...HEAD -- articles > changed`',
      },
    );
  }
  // A name may hold a newline (git allows it); only a list with no NUL at all is split at line ends.
  const names = text.includes('\0') ? text.split('\0') : text.split(/\r?\n/);
  return new Map(names.filter((n) => n !== '').map((n) => [resolve(cwd, n), n]));
}

/** The article files of the figures a finding weighs against each other. */
function articlesOf(f: Finding): string[] {
  const files = [f.claim.file];
  const a = f.against;
  if (a?.type === 'claim' || a?.type === 'rate') files.push(a.claim.file);
  else if (a?.type === 'arithmetic') files.push(a.from.file, a.to.file);
  return files;
}
