import type { FactledgerError } from '@factledger/core';
import { printable } from '@factledger/core';
import type { StaleSuppression } from '@factledger/reconcile';

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

/**
 * Suppressions that silenced nothing, one warning line each on stderr, `prefix` +
 * `file:line:col: warning: message`, as ESLint reports unused directives; a reviewed entry is in
 * the configuration, `configFile`. Warnings only: a stale suppression fails no run.
 */
export function staleLines(stale: readonly StaleSuppression[], configFile: string, prefix = ''): string {
  return stale
    .map((s) => {
      const place = s.position ? `:${s.position.start.line}:${s.position.start.column}` : '';
      return `${prefix}${printable(`${s.file ?? configFile}${place}: warning: ${s.message}`)}\n`;
    })
    .join('');
}
