import { resolve } from 'node:path';
import { type Ledger, parseLedger, readLedgerText } from '@factledger/ledger';

/** Reads a ledger named on the command line or in a config, relative to `cwd`, keeping the name as given. */
export async function readLedger(file: string, cwd: string): Promise<Ledger> {
  const text = await readLedgerText(resolve(cwd, file));
  return parseLedger(text, { file, format: /\.json$/i.test(file) ? 'json' : 'yaml' });
}
