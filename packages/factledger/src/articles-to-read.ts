import { dirname } from 'node:path';
import { FactledgerError, printable } from '@factledger/core';
import { collectArticles } from './collect-articles.js';
import { findConfig } from './config.js';
import type { Context } from './context.js';

/**
 * The articles `extract` and `parse` read: the files, folders and patterns given, expanded as
 * `check` expands them and with the same ignore lists (the configuration's, and the ignore files
 * beside it). A file named on its own is read whatever its name, as remark-cli reads one: a user
 * asking about that file wants its figures, or the reader's reason it has none — not the note
 * `check` gives, which hooks run over lists of changed files, as ESLint warns and goes on.
 */
export async function articlesToRead(context: Context, entries: readonly string[], command: string): Promise<string[]> {
  if (entries.length === 0) {
    throw new FactledgerError('invalid-option', 'No article given', {
      hint: 'pass one or more .md, .txt or .html files, directories holding them, or glob patterns',
    });
  }
  const found = await findConfig(context.cwd);
  const { files, skipped } = await collectArticles(entries, {
    cwd: context.cwd,
    ...(found ? { base: dirname(found.path), ignores: found.config.ignores } : {}),
    named: 'read',
  });
  for (const { file, reason } of skipped)
    context.stderr.write(`factledger ${command}: skipped ${printable(file)}: ${reason}\n`);
  return files;
}
