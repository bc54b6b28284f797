import type { Claim } from '@factledger/core';
import type { Fact } from '@factledger/ledger';
import { factDateSpan, judgeDate } from './dates.js';
import type { FactIndex } from './fact-index.js';
import type { MatchReason } from './finding.js';
import { changeEnds, type SentenceGroup } from './locate.js';
import { claimReading, type FactValue, factValue, type Tuning } from './quantity.js';
import { intersects } from './reading.js';
import type { SentenceScan } from './sentence-scan.js';
import { formatSpan, gapDays, overlaps, type Span, spanOf } from './time.js';
import { type Judgement, judge, VERDICT_RANK } from './verdict.js';

/** A fact a claim could be about, with the evidence for it and how the values compare. */
export interface Candidate {
  fact: Fact;
  /** The ledger the fact is in. */
  index: FactIndex;
  terms: string[];
  entities: string[];
  /**
   * How strongly the sentence names this fact for this figure: its terms and entities near the
   * figure, each weighed by how few facts share it, and whether the times agree.
   */
  score: number;
  /**
   * The same evidence without what only tells facts apart (a topic word's frequency in the
   * article, a party missing from the sentence): how surely the text is about this fact at all.
   */
  support: number;
  /** 1: the claim's time overlaps the fact's; -1: it does not; 0: one of them has none. */
  period: 1 | 0 | -1;
  periodText: string | null;
  /** The fact names entities and the article names none of them. */
  foreign: boolean;
  /** The fact's value in the claim's unit; null when the ledger has no value. */
  value: FactValue | null;
  judgement: Judgement | null;
  /** For a date fact, how many days its record spans (a day: 0, a year: 364). */
  dateSpan?: number;
  /** The claim states the fact's own unit (currency), so no conversion was needed. */
  sameUnit: boolean;
  /** Days between the claim's time (or its article's publication) and the fact's. */
  timeGap: number;
  /** The claim states no time and the fact begins after its article was published. */
  later: boolean;
}

export type MatchResult =
  | { type: 'matched'; candidate: Candidate; why: MatchReason; confident: boolean }
  | { type: 'ambiguous'; candidates: Candidate[] }
  | { type: 'unmatched'; reason: string };

export interface ClaimContext {
  claim: Claim;
  /** The article's publication date, when known. */
  published: string | undefined;
  /** The time the claim holds at, read from its clause (see `periodsOf`). */
  period: string | null;
  /** Per ledger, the entities the claim's article names anywhere. */
  named: (index: FactIndex) => ReadonlySet<string>;
  /** Per ledger, in how many of the article's sentences a term occurs. */
  spread: (index: FactIndex, key: string) => number;
}

/**
 * The time a claim is about: its own period, stated in its sentence; for the starting point of a
 * stated change ("from $600 million to …") with none, some time before its article's publication
 * year — inferred, so a fact outside it is ruled out rather than merely ranked lower.
 */
export function claimSpan(
  claim: Claim,
  period: string | null,
  published: string | undefined,
): { span: Span; inferred: boolean } | undefined {
  const own = spanOf(period);
  if (own) return { span: own, inferred: false };
  const pub = spanOf(published?.slice(0, 4));
  const isFrom =
    claim.change?.from === claim.value && claim.change?.to !== undefined && claim.change.to !== claim.value;
  return isFrom && pub ? { span: { start: Number.NEGATIVE_INFINITY, end: pub.start - 1 }, inferred: true } : undefined;
}

/** Weight of the claim's time agreeing (or not) with the fact's: about one shared term. */
const PERIOD_AGREES = 0.75;
const PERIOD_DISAGREES = -1;
/** A fact about named parties, none of whom the sentence names, is less likely the one. */
const NO_ENTITY = -0.5;

/** Every fact of one ledger the claim could be about, with its evidence and how the values compare. */
export function candidatesFor(context: ClaimContext, scan: SentenceScan, tuning: Tuning): Candidate[] {
  const { claim, published } = context;
  const index = scan.index;
  // A date's own value is its time: comparing it with the fact's time would judge the value twice,
  // unless the ledger says in `match.period` which dates speak of the fact.
  const time =
    claim.kind === 'date'
      ? (() => {
          const own = spanOf(typeof claim.value === 'string' ? claim.value : null);
          return own ? { span: own, inferred: false } : undefined;
        })()
      : claimSpan(claim, context.period, published);
  const span = time?.span;
  const reference = span ?? spanOf(published);
  const when = context.period ?? published;
  // Things are counted in whole numbers: "7.0" or "0.5" stated to a tenth measures something.
  if (claim.kind === 'count' && (claim.precision.step ?? 1) < 1 && Math.abs(claim.value as number) < 1000) return [];
  const inSentence = scan.namedEntities();
  const inArticle = context.named(index);
  const candidates: Candidate[] = [];
  for (const [fact, evidence] of scan.evidence(claim, (key) => context.spread(index, key))) {
    const hasTerms = (fact.match?.terms?.length ?? 0) > 0 || fact.kind === 'count' || fact.kind === 'ordinal';
    if (hasTerms ? evidence.terms.size === 0 : evidence.entities.size === 0) continue;
    if (index.excludes(fact, scan.words)) continue;
    const factTime = claim.kind === 'date' ? spanOf(fact.match?.period) : index.timeOf(fact);
    let period: Candidate['period'] = 0;
    let periodText: string | null = null;
    if (span && factTime) {
      period = overlaps(span, factTime) ? 1 : -1;
      if (period === -1 && time?.inferred) continue;
      const claimText =
        (claim.kind === 'date' ? (claim.value as string) : context.period) ?? `before ${published?.slice(0, 4)}`;
      periodText = `${claimText} ${period === 1 ? 'within' : 'outside'} ${formatSpan(factTime)}`;
      // An inferred time ("from X" held before the article) rules facts out, never in.
      if (time?.inferred) period = 0;
    }
    let value: FactValue | null = null;
    let judgement: Judgement | null = null;
    let dateSpan: number | undefined;
    if (claim.kind === 'date') {
      if (fact.kind !== 'date') continue;
      const factDate = factDateSpan(fact);
      if (factDate) {
        judgement = judgeDate(claim, factDate);
        dateSpan = factDate.end - factDate.start;
      }
    } else {
      const v = factValue(claim, fact, index.ledger, when ?? fact.period ?? fact.asOf, tuning);
      if (v === 'incompatible') continue;
      const reading = claimReading(claim, tuning);
      if (v !== 'none' && reading) {
        value = v;
        judgement = judge(reading, v.reading, tuning.exactness);
      }
    }
    const parties = fact.match?.entities ?? [];
    const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
    const entities = sum(evidence.entities.values());
    const timing = period === 1 ? PERIOD_AGREES : period === -1 ? PERIOD_DISAGREES : 0;
    const score =
      sum([...evidence.terms.values()].map((w) => w[0])) +
      entities +
      timing +
      (parties.length > 0 && !parties.some((id) => inSentence.has(id)) ? NO_ENTITY : 0);
    const support = sum([...evidence.terms.values()].map((w) => w[1])) + entities + timing;
    candidates.push({
      fact,
      index,
      terms: [...evidence.terms.keys()],
      entities: [...evidence.entities.keys()],
      score,
      support,
      period,
      periodText,
      foreign: parties.length > 0 && !parties.some((id) => inArticle.has(id)),
      value,
      judgement,
      ...(dateSpan !== undefined ? { dateSpan } : {}),
      sameUnit: claim.kind !== 'money' || (fact.value?.currency ?? fact.unit) === claim.unit,
      timeGap: reference && factTime ? gapDays(reference, factTime) : 0,
      later: !span && reference !== undefined && factTime !== undefined && factTime.start > reference.end,
    });
  }
  return candidates;
}

/** Facts whose evidence is this close to the best one's are told apart by their values. */
const TIER = 0.35;
/** The least evidence for a tie a conflict may be raised on: one term that few facts share. */
const CONFIDENT = 0.7;

// A fact with no value neither confirms nor refutes the claim: it ranks between rounded and conflict.
const valueRank = (c: Candidate) => (c.judgement ? VERDICT_RANK[c.judgement.verdict] : 1.5);
// Agreeing with a record of the exact day (or the exact figure) says more than falling within a
// year the record knows only as a year.
const fineness = (c: Candidate) => (c.judgement ? (c.dateSpan ?? c.judgement.gap) : 0);
// An article cannot report what came after it: among equally named facts, those come last.
const choiceKey = (c: Candidate) => [c.later ? 1 : 0, valueRank(c), c.sameUnit ? 0 : 1, fineness(c), c.timeGap];

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The evidence picks the fact. Among facts named about as strongly as the best, facts that begin
 * after an undated claim's article was published come last; then the value decides — a claim
 * consistent with exactly one of them is about that one — then the claim's own currency, then the
 * nearest in time. A claim that fits none of several equally named facts is ambiguous, not a
 * conflict, unless they all hold the same value.
 */
export function choose(candidates: Candidate[], claim: Claim): MatchResult {
  if (candidates.length === 0) return { type: 'unmatched', reason: 'no ledger fact is named near it' };
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const best = (sorted[0] as Candidate).score;
  const tier = sorted
    .filter((c) => c.score >= best - TIER)
    .sort((a, b) => compare(choiceKey(a), choiceKey(b)) || b.score - a.score);
  const first = tier[0] as Candidate;
  const second = tier[1];
  let decidedBy: MatchReason['decidedBy'];
  if (second) {
    if (compare(choiceKey(first), choiceKey(second)) === 0 && first.score === second.score) {
      return { type: 'ambiguous', candidates: tier };
    }
    if (first.judgement?.verdict === 'conflict' && !tier.every((c) => sameValue(c, first))) {
      return { type: 'ambiguous', candidates: tier };
    }
    if (first !== sorted[0] || (first.score === second.score && compare(choiceKey(first), choiceKey(second)) !== 0)) {
      decidedBy =
        first.later === second.later && valueRank(first) !== valueRank(second)
          ? 'value'
          : first.later === second.later && first.sameUnit !== second.sameUnit
            ? 'currency'
            : 'time';
    }
  }
  const why: MatchReason = {
    terms: first.terms,
    entities: first.entities,
    period: first.periodText,
    ...(decidedBy ? { decidedBy } : {}),
  };
  return { type: 'matched', candidate: first, why, confident: isConfident(first, claim) };
}

/**
 * A conflict accuses the article, so it is raised only on a tie the text supports: enough of the
 * fact's own words near the figure, no disagreement on time, and the fact's parties named in the
 * article.
 */
function isConfident(c: Candidate, claim: Claim): boolean {
  return c.support >= CONFIDENT && c.period !== -1 && !c.foreign && !asked(claim);
}

/** A figure in a question ("200,000? 300,000?") is wondered about, not stated. */
function asked(claim: Claim): boolean {
  const after = claim.sentence.slice(claim.inSentence.end);
  return /^\s*\?/.test(after) || /\?["'\u201d\u2019)\]]*\s*$/.test(claim.sentence);
}

/** Why a tie is not confident, for the message that says so. */
export function doubt(c: Candidate, claim: Claim): string {
  if (asked(claim)) return 'the text asks it rather than states it';
  if (c.foreign) return `the article names none of its parties (${(c.fact.match?.entities ?? []).join(', ')})`;
  if (c.period === -1) return `its time is not the fact's (${c.periodText})`;
  return `the text names it only weakly (${[...c.terms, ...c.entities].join(', ') || 'no term near the figure'})`;
}

/** Two facts hold the same value for this claim (the same amount in two currencies, say). */
function sameValue(a: Candidate, b: Candidate): boolean {
  if (!a.value || !b.value) return false;
  return intersects(a.value.reading.core, b.value.reading.core);
}

/** What the side of a change adds to the fact of its time: more than a value's fit, less than a term. */
const SIDE = 0.5;

/**
 * The two ends of a stated change ("cut from 25% to 15%") are the value before and the value after:
 * of two facts the text names about equally for both, the earlier one is the starting point's and
 * the later one the result's — whatever the figures are, so a swapped pair is two conflicts, not
 * two matches.
 */
function preferBySide(pending: { claim: Claim; candidates: Candidate[] }[]): void {
  const of = new Map(pending.map((p) => [p.claim, p]));
  for (const ends of changeEnds(pending.map((p) => p.claim))) {
    const from = of.get(ends.from) as (typeof pending)[number];
    const to = of.get(ends.to) as (typeof pending)[number];
    const near = (list: Candidate[]) => {
      const best = list.reduce((b, c) => Math.max(b, c.score), Number.NEGATIVE_INFINITY);
      return list.filter((c) => c.score >= best - TIER && c.index.timeOf(c.fact));
    };
    const shared = near(from.candidates).filter((a) => near(to.candidates).some((b) => b.fact === a.fact));
    if (shared.length < 2) continue;
    const start = (c: Candidate) => (c.index.timeOf(c.fact) as Span).start;
    const earliest = shared.reduce((a, b) => (start(b) < start(a) ? b : a));
    const latest = shared.reduce((a, b) => (start(b) > start(a) ? b : a));
    if (start(earliest) === start(latest)) continue;
    for (const c of from.candidates) if (c.fact === earliest.fact) c.score += SIDE;
    for (const c of to.candidates) if (c.fact === latest.fact) c.score += SIDE;
  }
}

/** How much a value that fits adds when deciding which figure of a sentence claims a fact first. */
const FIT = { match: 0.2, rounded: 0.1, conflict: 0 } as const;

/**
 * Matches every claim of one sentence, against every ledger that applies to it. Two figures of a
 * sentence that play different roles — the two ends of a change or a range, one country's figure
 * and the other's — are never about the same fact: the figure the text ties most strongly to a
 * fact (its value breaking ties) takes it, and the others choose among the rest. A figure and its
 * conversion are one figure.
 */
export function matchSentence(
  group: SentenceGroup,
  scans: readonly SentenceScan[],
  contextOf: (claim: Claim) => ClaimContext,
  tuning: Tuning,
): Map<Claim, MatchResult> {
  const results = new Map<Claim, MatchResult>();
  const pending: { claim: Claim; candidates: Candidate[]; key: string }[] = [];
  const ids = new Set(group.claims.map((c) => c.id));
  for (const claim of group.claims) {
    if (claim.value === null) {
      results.set(claim, { type: 'unmatched', reason: 'it has no value' });
      continue;
    }
    if (scans.length === 0) {
      results.set(claim, { type: 'unmatched', reason: 'no ledger given is about its article' });
      continue;
    }
    const context = contextOf(claim);
    const candidates = scans.flatMap((scan) => candidatesFor(context, scan, tuning));
    const key = claim.conversionOf && ids.has(claim.conversionOf) ? claim.conversionOf : claim.id;
    pending.push({ claim, candidates, key });
  }
  preferBySide(pending);
  const strength = (candidates: Candidate[]) =>
    Math.max(
      Number.NEGATIVE_INFINITY,
      ...candidates.map((c) => c.score + (c.judgement ? FIT[c.judgement.verdict] : 0)),
    );
  const takenBy = new Map<Fact, string>();
  while (pending.length > 0) {
    const free = (p: (typeof pending)[number]) =>
      p.candidates.filter((c) => takenBy.get(c.fact) === undefined || takenBy.get(c.fact) === p.key);
    let pick = 0;
    for (let i = 1; i < pending.length; i++) {
      if (
        strength(free(pending[i] as (typeof pending)[number])) >
        strength(free(pending[pick] as (typeof pending)[number]))
      )
        pick = i;
    }
    const next = pending.splice(pick, 1)[0] as (typeof pending)[number];
    const available = free(next);
    const result =
      available.length === 0 && next.candidates.length > 0
        ? ({ type: 'unmatched', reason: 'the facts named near it are about other figures of the sentence' } as const)
        : choose(available, next.claim);
    if (result.type === 'matched') takenBy.set(result.candidate.fact, next.key);
    results.set(next.claim, result);
  }
  return results;
}
