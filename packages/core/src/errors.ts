import type { Position } from 'unist';

/** What went wrong, as a stable code a program can branch on. */
export type ErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'is-directory'
  | 'no-articles'
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'too-large'
  | 'not-an-article'
  | 'unsupported-type'
  | 'invalid-metadata'
  | 'invalid-option'
  | 'invalid-ledger'
  | 'ledger-write';

export interface FactledgerErrorOptions {
  /** The file the error is about. */
  file?: string | undefined;
  /** Where in that file, when the error has a place. */
  position?: Position | undefined;
  /** One sentence telling the user how to fix it. */
  hint?: string | undefined;
  cause?: unknown;
}

/**
 * An error caused by the user's input rather than by a bug: the CLI prints it as
 * one line (`file:line:col: reason (hint)`) and exits 2, a library caller can
 * branch on `code`.
 */
export class FactledgerError extends Error {
  override readonly name = 'FactledgerError';
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly position: Position | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, reason: string, options: FactledgerErrorOptions = {}) {
    super(reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.position = options.position;
    this.hint = options.hint;
  }

  /** `file:line:column: reason (hint)`: the one line the CLI prints. */
  format(): string {
    let where = this.file ?? '';
    if (this.position) where += `${where ? ':' : ''}${this.position.start.line}:${this.position.start.column}`;
    const hint = this.hint ? ` (${this.hint})` : '';
    return `${where ? `${where}: ` : ''}${this.message}${hint}`;
  }
}

export function isFactledgerError(error: unknown): error is FactledgerError {
  return error instanceof FactledgerError;
}
