import { createHash } from 'node:crypto';
import type { Claim } from '@factledger/core';
import { type Against, type Finding, type MatchReason, type Rule, SEVERITY, type Verdict } from './finding.js';

export interface FindingInput {
  rule: Rule;
  verdict: Verdict;
  claim: Claim;
  fact: string | null;
  against: Against | null;
  /** What the claim was compared with, for the id: a fact id, another claim's place, a rate. */
  key: string;
  message: string;
  why?: MatchReason;
  candidates?: string[];
  gap?: number;
}

/** Stamps a finding with its severity and a stable id, in one place rather than in every check. */
export function finding(input: FindingInput): Finding {
  const { key, claim, ...rest } = input;
  const id = createHash('sha1')
    .update([input.rule, claim.document, claim.position.start.offset ?? claim.position.start.line, key].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
  return {
    id,
    rule: rest.rule,
    verdict: rest.verdict,
    severity: SEVERITY[rest.verdict],
    claim: { ...claim, file: claim.document },
    fact: rest.fact,
    against: rest.against,
    ...(rest.why ? { why: rest.why } : {}),
    ...(rest.candidates ? { candidates: rest.candidates } : {}),
    ...(rest.gap !== undefined && Number.isFinite(rest.gap) ? { gap: Number(rest.gap.toPrecision(4)) } : {}),
    message: rest.message,
  };
}

export function claimKey(claim: Claim): string {
  return `${claim.document}:${claim.position.start.offset ?? `${claim.position.start.line}:${claim.position.start.column}`}`;
}
