import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { FactledgerError } from '@factledger/core';
import { isArticlePath } from '@factledger/parse';

/**
 * Expands the paths a user gave into article files: a file stands for itself, a
 * directory for every article below it (sorted, sidecars and hidden files left out).
 */
export async function expandArticles(paths: string[], cwd: string): Promise<string[]> {
  if (paths.length === 0) {
    throw new FactledgerError('invalid-option', 'No article given', {
      hint: 'pass one or more .md, .txt or .html files, or a directory holding them',
    });
  }
  const out: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(full);
    } catch {
      throw new FactledgerError('not-found', 'No such file or directory', {
        file: path,
        hint: 'check the path; it is read relative to the current directory',
      });
    }
    if (!info.isDirectory()) {
      out.push(path);
      continue;
    }
    // Name the files the way the user named the directory: absolute stays absolute.
    const found = (await walk(full)).filter(isArticlePath).map((f) => (isAbsolute(path) ? f : relative(cwd, f) || f));
    if (found.length === 0) {
      throw new FactledgerError('no-articles', 'Directory holds no articles', {
        file: path,
        hint: 'articles are files ending in .md, .markdown, .txt, .html or .htm',
      });
    }
    for (const f of found.sort()) out.push(f);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const f of await walk(path)) files.push(f);
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
