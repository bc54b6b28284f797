import type { Position } from '@factledger/core';
import type { Finding } from '@factledger/reconcile';

/** The text of a 1-based line, without its line ending (`\n`, `\r\n` or a lone `\r`). */
export function lineText(source: string, line: number): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const i = nextBreak(source, start);
    if (i === -1) return undefined;
    start = source.charCodeAt(i) === 13 && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  const end = nextBreak(source, start);
  return source.slice(start, end === -1 ? source.length : end);
}

function nextBreak(source: string, from: number): number {
  const n = source.indexOf('\n', from);
  const r = source.indexOf('\r', from);
  if (n === -1) return r;
  if (r === -1) return n;
  return Math.min(n, r);
}

/**
 * A 1-based region that code scanning accepts: columns are never 0 (it rejects a 0 start column),
 * and unist's end — the point after the last character — copies across unchanged, which is what
 * SARIF's exclusive `endColumn` means.
 */
export function region(position: Position): {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
} {
  const startLine = Math.max(1, position.start.line);
  const startColumn = Math.max(1, position.start.column);
  const endLine = Math.max(startLine, position.end.line);
  const endColumn =
    endLine === startLine ? Math.max(startColumn, position.end.column) : Math.max(1, position.end.column);
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * What a finding is about besides its claim: the fact, the other article's figure, the rate or the
 * pair of figures. Part of the fingerprint, so one claim compared with two articles is two alerts.
 */
export function counterpart(f: Finding): string {
  const a = f.against;
  if (!a) return f.candidates ? `candidates:${[...f.candidates].sort().join(',')}` : (f.fact ?? '');
  switch (a.type) {
    case 'fact':
      return `fact:${a.fact}`;
    case 'claim':
      return `claim:${a.claim.file}:${a.claim.text}`;
    case 'rate':
      return `rate:${a.rate.currency}/${a.rate.per}:${a.claim.text}`;
    case 'arithmetic':
      return `arithmetic:${a.from.text}>${a.to.text}`;
  }
}
