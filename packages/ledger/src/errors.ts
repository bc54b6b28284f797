import { FactledgerError, type Position } from '@factledger/core';

export interface LedgerErrorOptions {
  file?: string | undefined;
  position?: Position | undefined;
  hint?: string | undefined;
  /** JSON pointer to the value the error is about (`''` for the whole ledger). */
  pointer: string;
}

/** One problem in a ledger, with its place both as a JSON pointer and as line:column in the file as written. */
export class LedgerError extends FactledgerError {
  readonly pointer: string;

  constructor(reason: string, options: LedgerErrorOptions) {
    super('invalid-ledger', reason, options);
    this.pointer = options.pointer;
  }
}

/**
 * Thrown by `parseLedger`/`loadLedger` when a ledger has problems: it carries all of them, so a
 * caller (or the CLI) can show every one at once instead of making the user fix them one by one.
 */
export class InvalidLedgerError extends FactledgerError {
  readonly errors: readonly LedgerError[];

  constructor(errors: readonly LedgerError[]) {
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super('invalid-ledger', `${first?.message ?? 'Invalid ledger'}${more}`, {
      file: first?.file,
      position: first?.position,
      hint: first?.hint,
    });
    this.errors = errors;
  }

  /** Every error on its own line, `file:line:column: reason (hint)`. */
  override format(): string {
    return this.errors.map((error) => error.format()).join('\n');
  }
}
