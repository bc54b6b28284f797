import type { FactledgerError } from '@factledger/core';
import { printable } from '@factledger/core';

/**
 * A user's error as the lines the CLI prints on stderr, each `prefix` + `file:line:col: reason (hint)`
 * and each `printable`: the file name and the article's or ledger's text quoted in the reason reach
 * a terminal or a CI log, and must not write to the one or issue workflow commands in the other.
 * An error that carries several (an invalid ledger or configuration) gives one line for each.
 */
export function errorLines(error: FactledgerError, prefix = ''): string {
  return problemsOf(error)
    .map((e) => `${prefix}${printable(e.format())}\n`)
    .join('');
}

function problemsOf(error: FactledgerError): readonly FactledgerError[] {
  const { errors } = error as { errors?: unknown };
  return Array.isArray(errors) && errors.length > 0 ? (errors as FactledgerError[]) : [error];
}
