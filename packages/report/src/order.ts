import type { Finding } from '@factledger/reconcile';

/**
 * Findings grouped by article, in the order the articles first appear, each group in source order
 * (then by severity, worst first), so every format lists a file's findings top to bottom as an
 * editor would. Articles given as `articles` with no finding are listed too, with none.
 */
export function byFile(findings: Iterable<Finding>, articles: readonly string[] = []): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.claim.file);
    if (list) list.push(f);
    else groups.set(f.claim.file, [f]);
  }
  for (const file of articles) if (!groups.has(file)) groups.set(file, []);
  for (const list of groups.values()) list.sort(inPlace);
  return groups;
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

/** Top to bottom, then worst first: the order an editor lists a file's problems in. */
export function inPlace(a: Finding, b: Finding): number {
  const pa = a.claim.position.start;
  const pb = b.claim.position.start;
  return pa.line - pb.line || pa.column - pb.column || SEVERITY[a.severity] - SEVERITY[b.severity];
}
