import { createHash } from 'node:crypto';
import type { Claim } from '@factledger/core';
import {
  type Against,
  type Finding,
  type FindingClaim,
  type MatchReason,
  type Rule,
  SEVERITY,
  type Verdict,
} from './finding.js';

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
  const { key, claim } = input;
  const id = createHash('sha1')
    .update([input.rule, claim.document, claim.position.start.offset ?? claim.position.start.line, key].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
  // Optional fields set one by one, not spread in (see `withFile`); the message stays last in the JSON.
  const out = {
    id,
    rule: input.rule,
    verdict: input.verdict,
    severity: SEVERITY[input.verdict],
    claim: withFile(claim),
    fact: input.fact,
    against: input.against,
  } as Finding;
  if (input.why) out.why = input.why;
  if (input.candidates) out.candidates = input.candidates;
  if (input.gap !== undefined && Number.isFinite(input.gap)) out.gap = Number(input.gap.toPrecision(4));
  out.message = input.message;
  return out;
}

/**
 * The claim as a finding shows it, with its file. Not `{ ...claim, file }`: on Node 20, a property
 * written after a spread gives every object a hidden class of its own, garbage that piles up in
 * the old generation over an archive (a finding per figure).
 */
export function withFile(claim: Claim): FindingClaim {
  const copy = Object.assign({}, claim) as FindingClaim;
  copy.file = claim.document;
  return copy;
}

export function claimKey(claim: Claim): string {
  return `${claim.document}:${claim.position.start.offset ?? `${claim.position.start.line}:${claim.position.start.column}`}`;
}
