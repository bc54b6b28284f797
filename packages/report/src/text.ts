import { formatPosition, printable } from '@factledger/core';
import type { Finding, Severity } from '@factledger/reconcile';
import { VFile } from 'vfile';
import { drive } from './drive.js';
import { findingMessage } from './message.js';
import { type ReportOptions, resolveOptions, type Showable } from './options.js';
import { byFile, inPlace } from './order.js';
import type { Reporter } from './reporter.js';
import { splitSuppressed, suppressedPart } from './suppressed.js';

/** SGR codes as vfile-reporter uses them: underlined file names, red errors, yellow warnings, dim rule ids. */
const SGR = {
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
} as const;

const LABEL_COLOUR: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', info: 'blue' };

/**
 * The vfile-reporter layout that remark-cli and ESLint users read every day: a file header, one
 * aligned row per finding (`line:col-line:col  severity  message  rule`), a blank line and a summary.
 * Errors and warnings are listed; figures that match the ledger or match no fact are only counted,
 * unless `show` names them, and an article with nothing listed is left out, as ESLint leaves out a
 * clean file. An article that could not be read has one `error  not checked: …` row instead, and
 * the summary counts it: it was not found clean. File names and messages are `printable`, so an
 * article or its name cannot write to the terminal or issue a workflow command in a CI log.
 */
export function formatText(findings: readonly Finding[], options?: ReportOptions): string {
  return drive(textReporter(options), findings, options);
}

/**
 * The text report article by article. Findings compared across articles are known only at the
 * end: they come last, under their file's name again, marked as such.
 */
export function textReporter(options?: ReportOptions): Reporter {
  const { color, show, cwd } = resolveOptions(options);
  const paint = (style: keyof typeof SGR, text: string) =>
    color ? `\u001b[${SGR[style][0]}m${text}\u001b[${SGR[style][1]}m` : text;
  const counts: Counts = { error: 0, warning: 0, match: 0, unmatched: 0, suppressed: 0, unread: 0 };
  let sections = 0;
  const listed = (f: Finding) => f.severity !== 'info' || show.has(f.verdict as Showable);
  const section = (file: string, all: readonly Finding[], note = ''): string => {
    // A suppressed finding is in JSON and SARIF, for the record; it is not read again on every run.
    const { shown, suppressed } = splitSuppressed(all);
    counts.suppressed += suppressed;
    for (const f of shown) {
      if (f.severity === 'info') counts[f.verdict === 'match' ? 'match' : 'unmatched']++;
      else counts[f.severity]++;
    }
    const list = shown.filter(listed);
    if (list.length === 0) {
      // Asked for a fuller listing, the reader is told each article was read; by default it is noise.
      if (show.size === 0) return '';
      return `${sections++ > 0 ? '\n' : ''}${paint('underline', printable(file))}: no issues found\n`;
    }
    const out: string[] = sections++ > 0 ? [''] : [];
    out.push(`${paint('underline', printable(file))}${note}`);
    // Each row is the finding's vfile message, as remark-factledger reports it: one conversion for both.
    // vfile refuses an empty path; a finding about an article with no name still gets its row.
    const vfile = new VFile(file ? { path: file, cwd } : { cwd });
    const rows = [...list].sort(inPlace).map((f) => {
      const m = findingMessage(vfile, f);
      const severity: Severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
      return [formatPosition(f.claim.position), severity, m.reason, m.ruleId ?? ''] as const;
    });
    // Reduces, not Math.max(...rows): a spread of 150,000 rows overflows the stack.
    const width = (k: 0 | 1 | 2) => rows.reduce((w, r) => Math.max(w, r[k].length), 0);
    const placeWidth = width(0);
    const labelWidth = width(1);
    const messageWidth = width(2);
    for (const [place, severity, message, rule] of rows) {
      out.push(
        `  ${place.padEnd(placeWidth)}  ${paint(LABEL_COLOUR[severity], severity.padEnd(labelWidth))}  ${message.padEnd(messageWidth)}  ${paint('dim', rule)}`,
      );
    }
    return `${out.join('\n')}\n`;
  };
  return {
    needsSource: false,
    start: () => [],
    article: (file, findings) => [section(file, findings)],
    unread(file, reason) {
      counts.unread++;
      const head = sections++ > 0 ? '\n' : '';
      return [
        `${head}${paint('underline', printable(file))}\n  ${paint('red', 'error')}  not checked: ${printable(reason)}\n`,
      ];
    },
    end(late) {
      const out: string[] = [];
      for (const [file, list] of byFile(late)) out.push(section(file, list, ' (compared across articles)'));
      out.push(`${sections > 0 ? '\n' : ''}${summary(counts, paint)}\n`);
      return out;
    },
  };
}

interface Counts {
  error: number;
  warning: number;
  match: number;
  unmatched: number;
  suppressed: number;
  unread: number;
}

/**
 * `✖ 2 errors, 3 warnings, 1 suppressed · 14 matched, 9 unmatched`: the mark is the worst severity
 * present, as in vfile-reporter (a suppressed finding counts for none); the figures that are only
 * counted come after the dot; articles not checked are an error of their own
 * (`✖ 1 warning; 1 article not checked`).
 */
function summary(counts: Counts, paint: (style: keyof typeof SGR, text: string) => string): string {
  const { error: errors, warning: warnings, unread } = counts;
  const parts: string[] = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  parts.push(...suppressedPart(counts.suppressed));
  const figures = [
    ...(counts.match ? [`${counts.match} matched`] : []),
    ...(counts.unmatched ? [`${counts.unmatched} unmatched`] : []),
  ].join(', ');
  const tail = (head: string) => [head, figures].filter(Boolean).join(' · ');
  if (unread) {
    const notChecked = `${unread} ${unread === 1 ? 'article' : 'articles'} not checked`;
    return `${paint('red', '✖')} ${[tail(parts.join(', ')), notChecked].filter(Boolean).join('; ')}`;
  }
  if (errors) return `${paint('red', '✖')} ${tail(parts.join(', '))}`;
  if (warnings) return `${paint('yellow', '⚠')} ${tail(parts.join(', '))}`;
  if (parts.length === 0 && !figures) return `${paint('green', '✔')} no issues found`;
  return `${paint('green', '✔')} ${tail(['no issues', ...parts].join(', '))}`;
}
