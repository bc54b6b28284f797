import type { Finding, Verdict } from '@factledger/reconcile';

const COLOURS: Record<Verdict, [number, number]> = {
  conflict: [31, 39],
  rounded: [33, 39],
  ambiguous: [33, 39],
  match: [32, 39],
  unmatched: [2, 22],
};

/** Whether to colour output: only on a terminal, never with NO_COLOR or TERM=dumb (clig.dev). */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

/**
 * Findings grouped by article, in the order given: every figure with its place, verdict, fact and
 * one-sentence explanation, then a count of each verdict.
 */
export function formatFindings(files: readonly string[], findings: readonly Finding[], colour: boolean): string {
  const paint = (verdict: Verdict, text: string) => {
    const [on, off] = COLOURS[verdict];
    return colour ? `\u001b[${on}m${text}\u001b[${off}m` : text;
  };
  const out: string[] = [];
  for (const file of files) {
    out.push(file);
    const mine = findings.filter((f) => f.claim.file === file);
    const width = Math.max(0, ...mine.map((f) => place(f).length));
    for (const f of mine) {
      const rule = f.rule === 'fact' ? '' : ` [${f.rule}]`;
      out.push(`  ${place(f).padEnd(width)}  ${paint(f.verdict, f.verdict.padEnd(9))}  ${f.message}${rule}`);
    }
    if (mine.length === 0) out.push('  no figures');
  }
  const counts = (['conflict', 'rounded', 'ambiguous', 'match', 'unmatched'] as const)
    .map((v) => [v, findings.filter((f) => f.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`);
  out.push(
    `${findings.length} finding${findings.length === 1 ? '' : 's'}${counts.length ? `: ${counts.join(', ')}` : ''}`,
  );
  return `${out.join('\n')}\n`;
}

function place(f: Finding): string {
  const { start } = f.claim.position;
  return `${start.line}:${start.column}`;
}
