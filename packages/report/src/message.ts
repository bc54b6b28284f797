import { isAbsolute, relative } from 'node:path';
import { type Position, printable } from '@factledger/core';
import { type Finding, formatValue } from '@factledger/reconcile';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { ruleId } from './rules.js';

const DOCS = 'https://github.com/factledger/factledger/blob/main/docs/verdicts.md';

/**
 * A finding as a message on `file`, the way remark-lint reports: on the figure's place, with the
 * rule id the CLI prints (`fact/conflict`), the figure as `actual`, what it was compared with as
 * `expected`, a link to the verdict's documentation, and the other side as `cause`. Conflicts are
 * errors (`fatal: true`), roundings and ambiguous matches warnings (`fatal: false`), the rest
 * information — vfile has no severity field. Texts that come from outside (an outlet, a ledger
 * description, a file name) are `printable`, since vfile-reporter prints them as they are.
 */
export function findingMessage(file: VFile, finding: Finding): VFileMessage {
  const why = cause(finding, file.cwd);
  const message = file.message(printable(finding.message), {
    place: finding.claim.position,
    ruleId: ruleId(finding),
    source: 'factledger',
    ...(why ? { cause: why } : {}),
  });
  message.url = `${DOCS}#${finding.verdict}`;
  message.actual = finding.claim.text;
  const expected = expectedOf(finding);
  if (expected !== undefined) message.expected = [expected];
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  return message;
}

/**
 * The other side, as remark-lint links a duplicate heading to the first one — but in another file,
 * so with no `place`: a reporter prints a cause's place bare, where it would read as a place in the
 * article. The other file and its line:column go in the text instead.
 */
function cause(finding: Finding, cwd: string): VFileMessage | undefined {
  const against = finding.against;
  if (against?.type === 'fact') {
    // As the user named it: relative to the file's cwd, where a path option is resolved from.
    const name = against.ledger.file;
    const where = at(name ? (isAbsolute(name) ? relative(cwd, name) : name) : 'ledger', against.ledger.position);
    const m = new VFileMessage(printable(`Ledger fact \`${against.fact}\` (${where}): ${against.description}`), {
      source: 'factledger',
    });
    if (name) m.file = name;
    return m;
  }
  if (against?.type === 'claim') {
    const m = new VFileMessage(
      printable(`\`${against.claim.text}\` in ${at(against.source.file, against.claim.position)}`),
      { source: 'factledger' },
    );
    m.file = against.source.file;
    return m;
  }
  return undefined;
}

function expectedOf(finding: Finding): string | undefined {
  const against = finding.against;
  if (!against) return undefined;
  if (against.type === 'fact')
    return against.value === null ? undefined : formatValue(against.value, against.unit, against.per);
  if (against.type === 'claim') return against.claim.text;
  if (against.type === 'rate') return formatValue(against.converted, against.unit);
  return formatValue(against.implied, against.unit);
}

function at(file: string, position: Position | null): string {
  return position ? `${file}:${position.start.line}:${position.start.column}` : file;
}
