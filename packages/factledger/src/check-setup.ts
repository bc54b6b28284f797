import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { FactledgerError } from '@factledger/core';
import type { Ledger } from '@factledger/ledger';
import { glob } from 'tinyglobby';
import { type Config, findConfig, type LedgerScope, parseConfig } from './config.js';
import type { Context } from './context.js';

/** A run's configuration and the folder its paths are read from. */
export interface Setup {
  config: Config | undefined;
  base: string;
}

/** The configuration named by `--config`, or the one found for the working folder, or none. */
export async function loadSetup(context: Context, explicit: string | undefined): Promise<Setup> {
  if (explicit) {
    const text = await readFile(resolve(context.cwd, explicit), 'utf8').catch(() => {
      throw new FactledgerError('not-found', 'No such configuration file', {
        file: explicit,
        hint: 'check the --config path',
      });
    });
    return { config: parseConfig(text, explicit), base: dirname(resolve(context.cwd, explicit)) };
  }
  const found = await findConfig(context.cwd);
  return found ? { config: found.config, base: dirname(found.path) } : { config: undefined, base: context.cwd };
}

/** Article patterns of a config, as paths relative to the working folder. */
export async function configArticles(config: Config, base: string, cwd: string): Promise<string[]> {
  const patterns = config.articles;
  if (patterns.length === 0) {
    throw new FactledgerError('invalid-option', 'The configuration names no articles', {
      file: config.file,
      hint: 'add "articles": ["articles/**/*.md"], or name the articles on the command line',
    });
  }
  const globbed = await glob(patterns, { cwd: base, absolute: true, onlyFiles: false, expandDirectories: false });
  if (globbed.length === 0) {
    throw new FactledgerError('no-articles', `No article matches ${patterns.map((p) => `\`${p}\``).join(', ')}`, {
      file: config.file,
      hint: 'the patterns are read relative to the configuration file',
    });
  }
  return globbed.sort().map((f) => relative(cwd, f) || f);
}

/**
 * A ledger with the scope the configuration gives it, which wins over the ledger's own: the same
 * ledger can serve a newsroom's desks differently. Its entities must be the ledger's.
 */
export function withScope(ledger: Ledger, scope: LedgerScope | undefined, file: string): Ledger {
  if (!scope) return ledger;
  for (const id of scope.entities ?? []) {
    if (!ledger.entity(id)) {
      throw new FactledgerError('invalid-option', `The scope of ${ledger.file} names an unknown entity \`${id}\``, {
        file,
        hint: `use the id of one of its entities: ${ledger.entities.map((e) => `\`${e.id}\``).join(', ') || '(it has none)'}`,
      });
    }
  }
  return { ...ledger, data: { ...ledger.data, scope } };
}

/** A whole number from `min`, for options such as `--concurrency` and `--max-warnings`. */
export function wholeNumber(text: string, option: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new FactledgerError(
      'invalid-option',
      `Unexpected \`--${option} ${text}\`, expected a whole number from ${min}`,
      { hint: `e.g. --${option} ${min + 3}` },
    );
  }
  return n;
}

/** A progress line on stderr, only on an interactive terminal and never in CI (clig.dev). */
export function progressLine(
  context: Context,
): { update: (done: number, total: number) => void; done: () => void } | undefined {
  if (!context.stderr.isTTY || context.env.CI) return undefined;
  let shown = false;
  return {
    update(done, total) {
      if (total < 10) return;
      shown = true;
      context.stderr.write(`\r\u001b[2Kreading articles: ${done}/${total}`);
    },
    done() {
      if (shown) context.stderr.write('\r\u001b[2K');
    },
  };
}
