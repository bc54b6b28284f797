import { printable } from '@factledger/core';
import type { Finding, Severity } from '@factledger/reconcile';
import { type ReportOptions, resolveOptions } from './options.js';
import { byFile } from './order.js';
import { repoPath } from './paths.js';
import { describeRule, ruleId } from './rules.js';
import { isProblem } from './sarif.js';
import { splitSuppressed } from './suppressed.js';

const KIND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub turns at most this many annotations of each kind into annotations per step; it drops the rest. */
export const ANNOTATION_LIMIT = 10;

/** The runner reads `%`, CR and LF in a command's message as escapes, so they are escaped first. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also ends at `,` and its key at `:`, so those are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Workflow commands (`::error file=…,line=…::message`) that put each finding on its line of the
 * pull request. Past the ten annotations of each kind GitHub shows, findings are printed as plain
 * log lines, and a last line says how many there are and where they are. The runner reads every
 * line for commands, so the file names and messages in those plain lines are `printable`: only the
 * annotations are commands. An annotation's message is `printable` too (it is shown in the log and
 * on the pull request); its `file` is the path as it is, percent-encoded, or it would name no file.
 */
export function formatGithub(findings: readonly Finding[], options?: ReportOptions): string {
  const { cwd, unreadable } = resolveOptions(options);
  const problems = [...byFile(splitSuppressed(findings).shown.filter(isProblem)).values()].flat();
  const shown: Record<string, number> = { error: 0, warning: 0, notice: 0 };
  const total: Record<string, number> = { error: 0, warning: 0, notice: 0 };
  const out: string[] = [];
  const overflow: string[] = [];
  // An article that could not be read was not checked: an error on the file itself, first, so a
  // pull request never looks clean because its article was never read.
  for (const [name, reason] of Object.entries(unreadable)) {
    const file = repoPath(name, cwd).path;
    total.error = (total.error as number) + 1;
    if ((shown.error as number) < ANNOTATION_LIMIT) {
      shown.error = (shown.error as number) + 1;
      const properties = `file=${escapeProperty(file)},title=${escapeProperty('article not checked')}`;
      out.push(`::error ${properties}::${escapeData(printable(`not checked: ${reason}`))}`);
    } else overflow.push(`  ${printable(file)}: error: not checked: ${printable(reason)}`);
  }
  for (const f of problems) {
    const kind = KIND[f.severity];
    total[kind] = (total[kind] as number) + 1;
    const file = repoPath(f.claim.file, cwd).path;
    const { start, end } = f.claim.position;
    if ((shown[kind] as number) < ANNOTATION_LIMIT) {
      shown[kind] = (shown[kind] as number) + 1;
      const props: [string, string | number][] = [
        ['file', file],
        ['line', start.line],
        ['endLine', end.line],
      ];
      // The runner ignores columns on an annotation that spans lines, so they are given only on one line.
      if (start.line === end.line) props.push(['col', start.column], ['endColumn', Math.max(start.column, end.column)]);
      props.push(['title', `${describeRule(f.rule, f.verdict).short} (${ruleId(f)})`]);
      const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out.push(`::${kind} ${properties}::${escapeData(printable(f.message))}`);
    } else {
      overflow.push(
        `  ${printable(file)}:${start.line}:${start.column}: ${kind}: ${printable(f.message)} (${ruleId(f)})`,
      );
    }
  }
  if (overflow.length > 0) {
    const more = (['error', 'warning', 'notice'] as const)
      .map((kind) => [kind, (total[kind] as number) - (shown[kind] as number)] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} more ${kind}${n === 1 ? '' : 's'}`);
    out.push(
      `factledger: ${more.join(', ')} not annotated (GitHub shows ${ANNOTATION_LIMIT} of each kind per step); they are listed below, and all findings are in the SARIF or text report.`,
      ...overflow,
    );
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
