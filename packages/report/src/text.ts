import { formatPosition, printable } from '@factledger/core';
import type { Finding, Severity } from '@factledger/reconcile';
import { type ReportOptions, resolveOptions } from './options.js';
import { byFile } from './order.js';
import { ruleId } from './rules.js';
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
 * An article that could not be read has one `error  not checked: …` row instead, and the summary
 * counts it: it was not found clean. File names and messages are `printable`, so an article or its
 * name cannot write to the terminal or issue a workflow command in a CI log.
 */
export function formatText(all: readonly Finding[], options?: ReportOptions): string {
  const { articles, unreadable, color } = resolveOptions(options);
  const { shown: findings, suppressed } = splitSuppressed(all);
  const paint = (style: keyof typeof SGR, text: string) =>
    color ? `\u001b[${SGR[style][0]}m${text}\u001b[${SGR[style][1]}m` : text;

  const unread = Object.keys(unreadable);
  const groups = byFile(findings, [...Object.keys(articles), ...unread]);
  const out: string[] = [];
  for (const [file, list] of groups) {
    if (out.length > 0) out.push('');
    const reason = unreadable[file];
    if (reason !== undefined && list.length === 0) {
      out.push(paint('underline', printable(file)));
      out.push(`  ${paint('red', 'error')}  not checked: ${printable(reason)}`);
      continue;
    }
    if (list.length === 0) {
      out.push(`${paint('underline', printable(file))}: no issues found`);
      continue;
    }
    out.push(paint('underline', printable(file)));
    const rows = list.map(
      (f) => [formatPosition(f.claim.position), f.severity, printable(f.message), ruleId(f)] as const,
    );
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
  }
  if (out.length > 0) out.push('');
  out.push(summary(findings, unread.length, suppressed, paint));
  return `${out.join('\n')}\n`;
}

/**
 * `✖ 2 errors, 3 warnings, 4 info, 1 suppressed`: the mark is the worst severity present, as in
 * vfile-reporter (a suppressed finding counts for none); articles not checked are an error of
 * their own (`✖ 1 warning; 1 article not checked`).
 */
function summary(
  findings: readonly Finding[],
  unread: number,
  suppressed: number,
  paint: (style: keyof typeof SGR, text: string) => string,
): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const parts: string[] = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  if (infos) parts.push(`${infos} info`);
  parts.push(...suppressedPart(suppressed));
  if (unread) {
    const notChecked = `${unread} ${unread === 1 ? 'article' : 'articles'} not checked`;
    return `${paint('red', '✖')} ${[parts.join(', '), notChecked].filter(Boolean).join('; ')}`;
  }
  if (errors) return `${paint('red', '✖')} ${parts.join(', ')}`;
  if (warnings) return `${paint('yellow', '⚠')} ${parts.join(', ')}`;
  return `${paint('green', '✔')} ${parts.length ? `no issues, ${parts.join(', ')}` : 'no issues found'}`;
}
