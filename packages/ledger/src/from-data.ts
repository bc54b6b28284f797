import { MAX_DEPTH, tooDeep } from './depth.js';
import { InvalidLedgerError, LedgerError } from './errors.js';
import type { LedgerFile } from './format.js';
import { judgeLedgerData } from './judge.js';
import type { Ledger } from './ledger.js';
import type { Locator } from './locate.js';
import type { LedgerCheck } from './parse.js';

export interface LedgerDataOptions {
  /** The name used in errors (default: none; errors then carry the JSON pointer only). */
  file?: string;
}

/**
 * Validates a ledger held in memory — an object of the file's shape, as a CMS or a notebook builds
 * it — with the same schema and rules as a file, every problem at once. No text round trip: a
 * service that keeps its facts in a database pays no serialising and re-parsing per check.
 */
export function checkLedgerData(
  data: LedgerFile | unknown,
  options: LedgerDataOptions = {},
  /** The places of the data in a text it was parsed from, when there is one. */
  locator?: Locator,
): LedgerCheck {
  // A parsed file cannot be cyclic or unboundedly deep; an object built in code can, and the schema
  // walk would recurse forever on it.
  const deep = tooDeep(data, (node) => (node !== null && typeof node === 'object' ? Object.entries(node) : undefined));
  if (deep !== undefined) {
    return {
      ok: false,
      errors: [
        new LedgerError(`nested more than ${MAX_DEPTH} levels deep, or refers to itself`, {
          file: options.file,
          pointer: deep.keys.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
          hint: 'a ledger needs only a few levels; pass plain data, without cycles',
        }),
      ],
    };
  }
  return judgeLedgerData(data, locator, options.file);
}

/** The validated `Ledger` for in-memory data, or an `InvalidLedgerError` carrying every problem. */
export function ledgerFromData(data: LedgerFile | unknown, options: LedgerDataOptions = {}): Ledger {
  const check = checkLedgerData(data, options);
  if (!check.ok) throw new InvalidLedgerError(check.errors);
  return check.ledger;
}

/**
 * The ledger a caller gave, whichever way they hold it: a loaded `Ledger` as it is, data of the
 * file's shape validated by `ledgerFromData`. A loaded Ledger carries its lookups; data has none.
 */
export function asLedger(input: Ledger | LedgerFile, options: LedgerDataOptions = {}): Ledger {
  return typeof (input as Partial<Ledger>).fact === 'function' ? (input as Ledger) : ledgerFromData(input, options);
}
