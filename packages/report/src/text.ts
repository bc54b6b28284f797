import { formatPosition } from '@factledger/core';
import type { Finding, Severity } from '@factledger/reconcile';
import { type ReportOptions, resolveOptions } from './options.js';
import { byFile } from './order.js';
import { ruleId } from './rules.js';

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
 */
export function formatText(findings: readonly Finding[], options?: ReportOptions): string {
  const { articles, color } = resolveOptions(options);
  const paint = (style: keyof typeof SGR, text: string) =>
    color ? `\u001b[${SGR[style][0]}m${text}\u001b[${SGR[style][1]}m` : text;

  const groups = byFile(findings, Object.keys(articles));
  const out: string[] = [];
  for (const [file, list] of groups) {
    if (out.length > 0) out.push('');
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
  out.push(summary(findings, paint));
  return `${out.join('\n')}\n`;
}

/** `✖ 2 errors, 3 warnings, 4 info`: the mark is the worst severity present, as in vfile-reporter. */
function summary(findings: readonly Finding[], paint: (style: keyof typeof SGR, text: string) => string): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const parts: string[] = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  if (infos) parts.push(`${infos} info`);
  if (errors) return `${paint('red', '✖')} ${parts.join(', ')}`;
  if (warnings) return `${paint('yellow', '⚠')} ${parts.join(', ')}`;
  return `${paint('green', '✔')} ${parts.length ? `no issues, ${parts.join(', ')}` : 'no issues found'}`;
}

/**
 * Article text reaches messages (quoted figures, file names); a terminal must not receive its
 * control characters: an ESC would let an article recolour or rewrite the user's screen, a newline
 * would break a row. They are shown as `\uXXXX` escapes instead.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
