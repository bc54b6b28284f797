import { FactledgerError } from '@factledger/core';
import { MAX_READ_BYTES } from '@factledger/parse';
import type { OptionSpec } from './command.js';

/** The largest --max-size accepted: the most the parser reads. */
export const MAX_SIZE_CEILING = MAX_READ_BYTES;

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
const MB = 1024 * 1024;

/**
 * `20MB` → bytes; `undefined` when the option was not given. A size over the ceiling is refused
 * here: a file that large is not read into a string and parsed without running out of memory.
 */
export function parseSize(value: unknown, option: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = SIZE.exec(value.trim());
  if (!m) {
    throw new FactledgerError('invalid-option', `Unexpected \`--${option} ${value}\`, expected a size`, {
      hint: 'write a number of bytes or one with a unit, e.g. 50MB',
    });
  }
  const bytes = Math.round(Number(m[1]) * (UNIT[(m[2] ?? 'b').toLowerCase()] ?? 1));
  if (bytes > MAX_SIZE_CEILING) {
    throw new FactledgerError(
      'invalid-option',
      `Unexpected \`--${option} ${value}\`, the largest size factledger reads is ${MAX_SIZE_CEILING / MB}MB`,
      { hint: `give at most --${option} ${MAX_SIZE_CEILING / MB}MB; split a larger file into several` },
    );
  }
  return bytes;
}

/** For commands that read ledgers beside articles: the ledgers' own limit. */
export const ledgerSizeSpec: Record<string, OptionSpec> = {
  'max-ledger-size': { type: 'string', arg: '<size>', description: 'largest ledger read, e.g. 20MB (default 10MB)' },
};
