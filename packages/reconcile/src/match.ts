import type { Claim } from '@factledger/core';
import type { Fact } from '@factledger/ledger';
import { judgeDate } from './dates.js';
import { type FactIndex, factKindsFor, type Hit } from './fact-index.js';
import type { MatchReason } from './finding.js';
import type { SentenceGroup } from './locate.js';
import { claimReading, type FactValue, factValue, type Tuning } from './quantity.js';
import { distance, intersects } from './reading.js';
import { formatSpan, gapDays, overlaps, type Span, spanOf } from './time.js';
import { type Judgement, judge, VERDICT_RANK } from './verdict.js';
import { words } from './words.js';

/** A fact a claim could be about, with the evidence for it and how the values compare. */
export interface Candidate {
  fact: Fact;
  terms: string[];
  entities: string[];
  /** 1: the claim's time overlaps the fact's; -1: it does not; 0: one of them has none. */
  period: 1 | 0 | -1;
  periodText: string | null;
  /** The fact's value in the claim's unit; null when the ledger has no value. */
  value: FactValue | null;
  judgement: Judgement | null;
  /** The claim states the fact's own unit (currency), so no conversion was needed. */
  sameUnit: boolean;
  /** Days between the claim's time (or its article's publication) and the fact's. */
  timeGap: number;
  /** The claim states no time and the fact begins after its article was published. */
  later: boolean;
}

export type MatchResult =
  | { type: 'matched'; candidate: Candidate; why: MatchReason }
  | { type: 'ambiguous'; candidates: Candidate[] }
  | { type: 'unmatched'; reason: string };

export interface ClaimContext {
  claim: Claim;
  /** The article's publication date, when known. */
  published: string | undefined;
}

/** The sentence a claim is in, scanned once for every claim in it. */
export class SentenceScan {
  readonly group: SentenceGroup;
  private readonly termHits: Hit<Fact>[];
  private readonly entityHits: Hit<string>[];
  /** Claims that state one amount twice, or a change's two ends, share their words. */
  private readonly figureOf: Map<Claim, string>;

  constructor(group: SentenceGroup, index: FactIndex) {
    this.group = group;
    const w = words(group.sentence);
    this.termHits = index.termHits(w);
    this.entityHits = index.entityHits(w);
    // A figure and its conversion, or the two ends of "from X to Y", are about one thing.
    const ids = new Set(group.claims.map((c) => c.id));
    const figure = (c: Claim): string => {
      if (c.conversionOf && ids.has(c.conversionOf)) return c.conversionOf;
      if (c.change?.from !== undefined && c.change.to !== undefined) return `${c.kind}:${c.change.from}>${c.change.to}`;
      return c.id;
    };
    this.figureOf = new Map(group.claims.map((c) => [c, figure(c)]));
  }

  /**
   * Terms and entities are read for the figure nearest to them among the sentence's figures of a
   * kind the fact could be, so in "asked for $5 billion, well above the one-year deal of $1 billion"
   * `asked` speaks for the first figure and `one-year` for the second.
   */
  private owns(claim: Claim, hit: { start: number; end: number }, kind: Fact['kind']): boolean {
    const own = this.figureOf.get(claim);
    let best = Number.POSITIVE_INFINITY;
    let owner: string | undefined;
    this.group.claims.forEach((mate, i) => {
      if (!factKindsFor(mate.kind, mate.change !== undefined).includes(kind)) return;
      const span = this.group.spans[i];
      const d = span ? distance(span, [hit.start, hit.end - 1]) : 0;
      const figure = this.figureOf.get(mate);
      if (d < best || (d === best && figure === own)) {
        best = d;
        owner = figure;
      }
    });
    return owner === own;
  }

  evidence(claim: Claim, index: FactIndex): Map<Fact, { terms: Set<string>; entities: Set<string> }> {
    const kinds = factKindsFor(claim.kind, claim.change !== undefined);
    const found = new Map<Fact, { terms: Set<string>; entities: Set<string> }>();
    const entry = (fact: Fact) => {
      let e = found.get(fact);
      if (!e) {
        e = { terms: new Set(), entities: new Set() };
        found.set(fact, e);
      }
      return e;
    };
    for (const hit of this.termHits) {
      if (kinds.includes(hit.target.kind) && this.owns(claim, hit, hit.target.kind))
        entry(hit.target).terms.add(hit.text);
    }
    for (const kind of kinds) {
      const entities = new Set(this.entityHits.filter((h) => this.owns(claim, h, kind)).map((h) => h.target));
      for (const fact of found.keys()) {
        if (fact.kind !== kind) continue;
        for (const id of fact.match?.entities ?? []) if (entities.has(id)) entry(fact).entities.add(id);
      }
      for (const id of entities) {
        for (const fact of index.factsOfEntity(id)) if (fact.kind === kind) entry(fact).entities.add(id);
      }
    }
    return found;
  }
}

/**
 * The time a claim is about: its own period, stated in its sentence; for the starting point of a
 * stated change ("from $800 million to …") with none, some time before its article's publication
 * year — inferred, so a fact outside it is ruled out rather than merely ranked lower.
 */
export function claimSpan(claim: Claim, published: string | undefined): { span: Span; inferred: boolean } | undefined {
  const own = spanOf(claim.period);
  if (own) return { span: own, inferred: false };
  const pub = spanOf(published?.slice(0, 4));
  const isFrom =
    claim.change?.from === claim.value && claim.change?.to !== undefined && claim.change.to !== claim.value;
  return isFrom && pub ? { span: { start: Number.NEGATIVE_INFINITY, end: pub.start - 1 }, inferred: true } : undefined;
}

/** Matches a claim to at most one fact of the ledger. */
export function matchClaim(context: ClaimContext, scan: SentenceScan, index: FactIndex, tuning: Tuning): MatchResult {
  const { claim, published } = context;
  if (claim.value === null) return { type: 'unmatched', reason: 'it has no value' };
  const time = claimSpan(claim, published);
  const span = time?.span;
  const reference = span ?? spanOf(published);
  const when = claim.period ?? published;
  const candidates: Candidate[] = [];
  for (const [fact, evidence] of scan.evidence(claim, index)) {
    const hasTerms = (fact.match?.terms?.length ?? 0) > 0 || fact.kind === 'count' || fact.kind === 'ordinal';
    if (hasTerms ? evidence.terms.size === 0 : evidence.entities.size === 0) continue;
    const factTime = index.timeOf(fact);
    let period: Candidate['period'] = 0;
    let periodText: string | null = null;
    if (span && factTime) {
      period = overlaps(span, factTime) ? 1 : -1;
      if (period === -1 && time?.inferred) continue;
      const claimText = claim.period ?? `before ${published?.slice(0, 4)}`;
      periodText = `${claimText} ${period === 1 ? 'within' : 'outside'} ${formatSpan(factTime)}`;
    }
    let value: FactValue | null = null;
    let judgement: Judgement | null = null;
    if (claim.kind === 'date') {
      if (fact.kind !== 'date') continue;
      if (fact.value?.date) judgement = judgeDate(claim, fact.value.date);
    } else {
      const v = factValue(claim, fact, index.ledger, when ?? fact.period ?? fact.asOf, tuning);
      if (v === 'incompatible') continue;
      const reading = claimReading(claim, tuning);
      if (v !== 'none' && reading) {
        value = v;
        judgement = judge(reading, v.reading, tuning.exactness);
      }
    }
    candidates.push({
      fact,
      terms: [...evidence.terms],
      entities: [...evidence.entities],
      period,
      periodText,
      value,
      judgement,
      sameUnit: claim.kind !== 'money' || fact.value?.currency === claim.unit,
      timeGap: reference && factTime ? gapDays(reference, factTime) : 0,
      later: !span && reference !== undefined && factTime !== undefined && factTime.start > reference.end,
    });
  }
  if (candidates.length === 0) return { type: 'unmatched', reason: 'no ledger fact is named near it' };
  const result = choose(candidates);
  // The sentence's date may belong to another clause, so a claim dated outside a fact's time can
  // still be about it; but if it also disagrees with it, it is more likely about another event.
  if (
    result.type === 'matched' &&
    result.candidate.period === -1 &&
    result.candidate.judgement?.verdict === 'conflict'
  ) {
    const { fact, periodText } = result.candidate;
    return {
      type: 'unmatched',
      reason: `it names ${fact.id}, but disagrees with it and its time is not the fact's (${periodText})`,
    };
  }
  return result;
}

const evidenceKey = (c: Candidate) => [-c.period, -c.terms.length, -c.entities.length];
// A fact with no value neither confirms nor refutes the claim: it ranks between rounded and conflict.
const valueRank = (c: Candidate) => (c.judgement ? VERDICT_RANK[c.judgement.verdict] : 1.5);
// An article cannot report what came after it: among equally named facts, those come last.
const choiceKey = (c: Candidate) => [c.later ? 1 : 0, valueRank(c), c.sameUnit ? 0 : 1, c.timeGap];

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The evidence (period, then terms, then entities) picks the fact. Among facts with the same
 * evidence, facts that begin after an undated claim's article was published come last; then the
 * value decides — a claim consistent with exactly one of them is about that one — then the
 * claim's own currency, then the nearest in time. A claim that fits none of several
 * equally named facts is ambiguous, not a conflict, unless they all hold the same value.
 */
function choose(candidates: Candidate[]): MatchResult {
  candidates.sort((a, b) => compare(evidenceKey(a), evidenceKey(b)) || compare(choiceKey(a), choiceKey(b)));
  const first = candidates[0] as Candidate;
  const tier = candidates.filter((c) => compare(evidenceKey(c), evidenceKey(first)) === 0);
  const why = (decidedBy?: 'value' | 'currency' | 'time') => ({
    terms: first.terms,
    entities: first.entities,
    period: first.periodText,
    ...(decidedBy ? { decidedBy } : {}),
  });
  if (tier.length === 1) return { type: 'matched', candidate: first, why: why() };
  const second = tier[1] as Candidate;
  if (compare(choiceKey(first), choiceKey(second)) === 0) return { type: 'ambiguous', candidates: tier };
  if (first.judgement?.verdict === 'conflict' && !tier.every((c) => sameValue(c, first))) {
    return { type: 'ambiguous', candidates: tier };
  }
  const decidedBy =
    first.later === second.later && valueRank(first) !== valueRank(second)
      ? 'value'
      : first.later === second.later && first.sameUnit !== second.sameUnit
        ? 'currency'
        : 'time';
  return { type: 'matched', candidate: first, why: why(decidedBy) };
}

/** Two facts hold the same value for this claim (the same amount in two currencies, say). */
function sameValue(a: Candidate, b: Candidate): boolean {
  if (!a.value || !b.value) return false;
  return intersects(a.value.reading.core, b.value.reading.core);
}
