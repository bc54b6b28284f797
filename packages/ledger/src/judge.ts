import { LedgerError } from './errors.js';
import type { LedgerFile } from './format.js';
import { buildLedger } from './ledger.js';
import { displayPath, Locator, type Segment, toPointer } from './locate.js';
import { type Problem, schemaProblems } from './messages.js';
import type { LedgerCheck } from './parse.js';
import { schemaErrors } from './schema.js';
import { partialSemanticProblems, semanticProblems } from './semantics.js';

/**
 * Validates ledger data — parsed from a file or built in memory — against the schema and the
 * semantic rules, reporting every problem at once. With a `locator` (data read from text) each
 * problem and fact gets its line:column; without one they carry the JSON pointer only.
 */
export function judgeLedgerData(data: unknown, locator: Locator | undefined, file: string | undefined): LedgerCheck {
  const toError = (problem: Problem & { related?: Segment[] }): LedgerError => {
    let hint = problem.hint;
    if (problem.related && locator) {
      const other = locator.locate(problem.related);
      if (other) hint = `first at line ${other.start.line}${hint ? `; ${hint}` : ''}`;
    }
    const path = displayPath(problem.path);
    return new LedgerError(path ? `${path}: ${problem.reason}` : problem.reason, {
      file,
      pointer: toPointer(problem.path),
      hint,
      ...(locator ? { position: locator.locate(problem.path, problem.atKey) ?? locator.position(0, 0) } : {}),
    });
  };

  const invalid = schemaProblems(schemaErrors(data));
  if (invalid.length > 0) {
    // The semantic checks still run over the well-formed parts: every problem at once.
    const partial = partialSemanticProblems(
      data,
      invalid.map((problem) => problem.path),
    );
    return { ok: false, errors: sortByPlace([...invalid, ...partial].map(toError)) };
  }

  const ledgerData = data as LedgerFile;
  const { problems, derived } = semanticProblems(ledgerData);
  if (problems.length > 0) return { ok: false, errors: sortByPlace(problems.map(toError)) };
  return { ok: true, ledger: buildLedger(ledgerData, derived, locator ?? new Locator(''), file), errors: [] };
}

function sortByPlace(errors: LedgerError[]): LedgerError[] {
  return errors.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
}
