export type { LedgerErrorOptions } from './errors.js';
export { InvalidLedgerError, LedgerError } from './errors.js';
export type * from './format.js';
export type { Entity, Fact, Ledger } from './ledger.js';
export type { LedgerCheck, LedgerFormat, ParseLedgerOptions } from './parse.js';
export { checkLedger, DEFAULT_MAX_BYTES, loadLedger, parseLedger, readLedgerText } from './parse.js';
export type { RateQuote } from './rates.js';
export { ledgerSchema, SCHEMA_ID } from './schema.js';
