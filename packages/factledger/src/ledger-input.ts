import { asLedger, type Ledger, type LedgerFile } from '@factledger/ledger';
import { readLedger } from './read-ledger.js';

/** A ledger as a user has it: a path, a loaded `Ledger`, or data of the file's shape held in memory. */
export type LedgerInput = string | Ledger | LedgerFile;

/** Loads every ledger given, in order; in-memory data is validated as a file would be, without a text round trip. */
export function resolveLedgers(
  ledgers: LedgerInput | readonly LedgerInput[],
  cwd: string,
  maxBytes?: number,
): Promise<Ledger[]> {
  const list: readonly LedgerInput[] = Array.isArray(ledgers) ? ledgers : [ledgers as LedgerInput];
  return Promise.all(list.map(async (l) => (typeof l === 'string' ? readLedger(l, cwd, maxBytes) : asLedger(l))));
}
