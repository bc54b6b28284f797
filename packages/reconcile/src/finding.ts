import type { Claim, Position } from '@factledger/core';
import type { Suppression } from './suppress.js';

/** What a comparison concluded. See the package README for the exact semantics of each. */
export type Verdict = 'match' | 'rounded' | 'conflict' | 'ambiguous' | 'unmatched';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Which check produced a finding: a claim against its ledger fact, a parenthetical conversion
 * against the ledger's rate, a stated change against the pair of figures it comes from, or two
 * articles' claims about the same fact against each other.
 */
export type Rule = 'fact' | 'conversion' | 'arithmetic' | 'cross-article';

/** A claim as `extract` prints it, with the article file it came from. */
export type FindingClaim = Claim & { file: string };

/** Where a claim was published, for messages that name their sources. */
export interface ArticleSource {
  file: string;
  outlet?: string;
  published?: string;
}

/** Why a claim was matched to a fact, so a user can correct the ledger when the match is wrong. */
export interface MatchReason {
  /** The fact's terms found near the figure (a count's unit counts as a term). */
  terms: string[];
  /** The fact's entities named near the figure. */
  entities: string[];
  /** How the claim's time relates to the fact's, e.g. `2019 within 2019`, or null when the claim gives none. */
  period: string | null;
  /** What settled the choice among facts with the same evidence, when something had to. */
  decidedBy?: 'value' | 'currency' | 'time';
}

export interface FactAgainst {
  type: 'fact';
  fact: string;
  description: string;
  /** The fact's value as the ledger holds it (derived facts computed); null when the ledger has none. */
  value: number | string | null;
  unit: string | null;
  per: string | null;
  /** The fact's value in the claim's unit, when it had to be converted (currency, percent ↔ multiplier). */
  converted?: { value: number; unit: string; rate?: RateUsed };
  /** The ledger file and the fact's place in it. */
  ledger: { file: string | null; position: Position | null };
  /** The fact's first source, for messages. */
  source: { outlet: string; url?: string; published?: string } | null;
}

export interface ClaimAgainst {
  type: 'claim';
  claim: FindingClaim;
  source: ArticleSource;
}

export interface RateUsed {
  currency: string;
  per: string;
  rate: number;
  /** The ledger entry's date or period. */
  when: string;
  /** The relative tolerance applied to the rate: the ledger entry's own, else the `rateTolerance` option. */
  tolerance: number;
}

export interface RateAgainst {
  type: 'rate';
  /** The claim that was converted, as the article states it. */
  claim: FindingClaim;
  /** That claim's value at the ledger rate, in the converting claim's currency. */
  converted: number;
  unit: string;
  rate: RateUsed;
}

export interface ArithmeticAgainst {
  type: 'arithmetic';
  /** The pair the change is computed from. */
  from: FindingClaim;
  to: FindingClaim;
  /** What the pair implies, in the stated claim's unit (`%` or `x`). */
  implied: number;
  unit: string;
}

export type Against = FactAgainst | ClaimAgainst | RateAgainst | ArithmeticAgainst;

/** One result of reconciling; JSON-serialisable, with an id that stays the same across runs. */
export interface Finding {
  /** A hash of the rule, the claim's document and offset, and what it was compared with. */
  id: string;
  rule: Rule;
  verdict: Verdict;
  severity: Severity;
  claim: FindingClaim;
  /** The ledger fact id, or null (unmatched, ambiguous, conversions, arithmetic). */
  fact: string | null;
  against: Against | null;
  /** Why the claim was matched to `fact`. */
  why?: MatchReason;
  /** The facts an ambiguous claim could be about. */
  candidates?: string[];
  /** The relative gap between the claim and what it was compared with, when both are numbers. */
  gap?: number;
  /** One sentence naming both sources. */
  message: string;
  /** Why the finding is silenced, when it is (a directive in the article, the reviewed list): it fails no run. */
  suppressions?: Suppression[];
}

export const SEVERITY: Record<Verdict, Severity> = {
  conflict: 'error',
  rounded: 'warning',
  ambiguous: 'warning',
  match: 'info',
  unmatched: 'info',
};
