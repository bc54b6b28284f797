import { printable } from '@factledger/core';
import type { Finding, Severity } from '@factledger/reconcile';
import { drive } from './drive.js';
import { type ReportOptions, resolveOptions } from './options.js';
import { inPlace } from './order.js';
import { repoPath } from './paths.js';
import type { Reporter } from './reporter.js';
import { describeRule, ruleId } from './rules.js';
import { isProblem } from './sarif.js';
import { splitSuppressed } from './suppressed.js';

type Kind = 'error' | 'warning' | 'notice';
const KIND: Record<Severity, Kind> = { error: 'error', warning: 'warning', info: 'notice' };

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
 * log lines, and a last line says how many there are. The runner reads every line for commands, so
 * the file names and messages in those plain lines are `printable`: only the annotations are
 * commands. An annotation's message is `printable` too (it is shown in the log and on the pull
 * request); its `file` is the path as it is, percent-encoded, or it would name no file.
 */
export function formatGithub(findings: readonly Finding[], options?: ReportOptions): string {
  return drive(githubReporter(options), findings, options);
}

/** The annotations article by article; the count of those GitHub would not show comes last. */
export function githubReporter(options?: ReportOptions): Reporter {
  const { cwd } = resolveOptions(options);
  const shown: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const total: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const lines = (findings: readonly Finding[]): string[] =>
    splitSuppressed(findings)
      .shown.filter(isProblem)
      .sort(inPlace)
      .map((f) => {
        const kind = KIND[f.severity];
        total[kind]++;
        const file = repoPath(f.claim.file, cwd).path;
        const { start, end } = f.claim.position;
        if (shown[kind] >= ANNOTATION_LIMIT) {
          return `  ${printable(file)}:${start.line}:${start.column}: ${kind}: ${printable(f.message)} (${ruleId(f)})\n`;
        }
        shown[kind]++;
        const props: [string, string | number][] = [
          ['file', file],
          ['line', start.line],
          ['endLine', end.line],
        ];
        // The runner ignores columns on an annotation that spans lines, so they are given only on one line.
        if (start.line === end.line)
          props.push(['col', start.column], ['endColumn', Math.max(start.column, end.column)]);
        props.push(['title', `${describeRule(f.rule, f.verdict).short} (${ruleId(f)})`]);
        const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
        return `::${kind} ${properties}::${escapeData(printable(f.message))}\n`;
      });
  return {
    needsSource: false,
    start: () => [],
    article: (_file, findings) => lines(findings),
    unread(name, reason) {
      // An article that could not be read was not checked: an error on the file itself, so a pull
      // request never looks clean because its article was never read.
      const file = repoPath(name, cwd).path;
      total.error++;
      if (shown.error >= ANNOTATION_LIMIT) return [`  ${printable(file)}: error: not checked: ${printable(reason)}\n`];
      shown.error++;
      const properties = `file=${escapeProperty(file)},title=${escapeProperty('article not checked')}`;
      return [`::error ${properties}::${escapeData(printable(`not checked: ${reason}`))}\n`];
    },
    end(late) {
      const out = lines([...late]);
      const more = (['error', 'warning', 'notice'] as const)
        .map((kind) => [kind, total[kind] - shown[kind]] as const)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${n} more ${kind}${n === 1 ? '' : 's'}`);
      if (more.length > 0) {
        out.push(
          `factledger: ${more.join(', ')} not annotated (GitHub shows ${ANNOTATION_LIMIT} of each kind per step); they are listed above as plain lines, and all findings are in the SARIF or text report.\n`,
        );
      }
      return out;
    },
  };
}
