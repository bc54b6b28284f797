import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FactledgerError } from '@factledger/core';
import { DEFAULT_MAX_BYTES, type Ledger, parseLedger, readLedgerText } from '@factledger/ledger';

const MB = 1024 * 1024;

/**
 * Reads a ledger named on the command line or in a config, relative to `cwd`, keeping the name as
 * given. A ledger over the limit is refused with the option that raises it: `check` and `reconcile`
 * read articles too, and their `--max-size` is the articles' limit, not the ledgers'.
 */
export async function readLedger(file: string, cwd: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Ledger> {
  const path = resolve(cwd, file);
  const size = (await stat(path).catch(() => undefined))?.size ?? 0;
  if (size > maxBytes) {
    throw new FactledgerError(
      'too-large',
      `The ledger is ${(size / MB).toFixed(1)} MB, larger than the limit of ${(maxBytes / MB).toFixed(1)} MB`,
      {
        file,
        hint: `pass \`--max-ledger-size ${Math.ceil(size / MB)}MB\` to read it anyway, or split it into one ledger per topic`,
      },
    );
  }
  const text = await readLedgerText(path, maxBytes);
  return parseLedger(text, { file, format: /\.json$/i.test(file) ? 'json' : 'yaml', maxBytes });
}
