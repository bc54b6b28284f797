import { type Finding, isSuppressed } from '@factledger/reconcile';
import type { Result } from 'sarif';

/**
 * The findings a person reads in the text report and the annotations, and how many are silenced:
 * a suppressed finding is there to be found in JSON and SARIF, not to be read again on every run.
 */
export function splitSuppressed(findings: readonly Finding[]): { shown: Finding[]; suppressed: number } {
  const shown = findings.filter((f) => !isSuppressed(f));
  return { shown, suppressed: findings.length - shown.length };
}

/** The summary's part for silenced findings, `3 suppressed`, or nothing. */
export function suppressedPart(suppressed: number): string[] {
  return suppressed > 0 ? [`${suppressed} suppressed`] : [];
}

/** A result's `suppressions`, as code scanning reads them: a directive is `inSource`, a reviewed entry `external`. */
export function sarifSuppressions(finding: Finding): Pick<Result, 'suppressions'> {
  if (!finding.suppressions?.length) return {};
  return {
    suppressions: finding.suppressions.map((s) => ({
      kind: s.kind,
      ...(s.justification ? { justification: s.justification } : {}),
    })),
  };
}
