import type { Claim } from '@factledger/core';
import type { Fact } from '@factledger/ledger';
import { factDateSpan, judgeDate } from './dates.js';
import { type FactIndex, factKindsFor, type Hit } from './fact-index.js';
import type { MatchReason } from './finding.js';
import type { SentenceGroup } from './locate.js';
import { claimReading, type FactValue, factValue, type Tuning } from './quantity.js';
import { distance, intersects } from './reading.js';
import { formatSpan, gapDays, overlaps, type Span, spanOf } from './time.js';
import { type Judgement, judge, VERDICT_RANK } from './verdict.js';
import { stem, type Word, words } from './words.js';

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

/** Text between two figures that makes them one stated span: `2026-2030`, `from 25% to 15%`, `7 and 9`. */
const JOINER = /^\s*(?:[-–—/]|to|through|thru|until|till|and|or)\s*$/i;
/**
 * Text between two figures of a list — "$2.1 billion in Oslo and $1.3 billion in Bergen",
 * "rose 5%, 7% and 9%" — whose words outside it (the verb, the measure) speak for every member.
 */
const LISTED = /^(?=[^;:()]{0,45}$)(?=.*(?:\b(?:and|or|to|through|versus|vs)\b|[,–—-])).*$/is;
/** Words too common in any text to tell facts apart on their own, when a ledger uses one as a term. */
const FUNCTION_WORDS = new Set(
  'a an the of in on at by for from to with since until through after before during as than and or but not'
    .split(' ')
    .map(stem),
);

/** What a separator between a word and a figure adds to their distance. */
const SEPARATOR = 40;

/** A term this far (UTF-16) from its figure counts half as much for ranking. */
const DECAY = 50;
/** A term this far (UTF-16) from its figure or nearer supports a tie in full; farther, less. */
const NEAR = 60;
const FAR = 150;

/** The sentence a claim is in, scanned once for every claim in it and every ledger. */
export class SentenceScan {
  readonly group: SentenceGroup;
  readonly index: FactIndex;
  readonly words: Word[];
  private readonly termHits: Hit<Fact>[];
  private readonly entityHits: Hit<string>[];
  /** Claims that state one amount twice, a change's two ends or a range's, share their words. */
  private readonly figureOf: Map<Claim, string>;
  /** Figures of one list share the words around the list. */
  private readonly listOf: Map<Claim, string>;
  /** "A and B got X and Y, respectively": the word each member takes by its place in the list. */
  private readonly respective: Map<{ start: number; end: number }, Claim>;

  constructor(group: SentenceGroup, index: FactIndex) {
    this.group = group;
    this.index = index;
    const w = words(group.sentence);
    this.words = w;
    this.termHits = index.termHits(w);
    this.entityHits = index.entityHits(w);
    this.figureOf = figures(group, JOINER);
    this.listOf = figures(group, LISTED);
    this.respective = new Map([
      ...respectively(group, this.listOf, this.termHits),
      ...respectively(group, this.listOf, this.entityHits),
    ]);
  }

  /** The terms the sentence holds, once each. */
  termKeys(): Set<string> {
    return new Set(this.termHits.map((h) => h.key));
  }

  /** The entities the sentence names anywhere. */
  namedEntities(): Set<string> {
    return new Set(this.entityHits.map((h) => h.target));
  }

  /**
   * Terms and entities are read for the figure nearest to them among the sentence's figures of a
   * kind the fact could be, so in "asked for $5 billion, well above the one-year deal of $1 billion"
   * `asked` speaks for the first figure and `one-year` for the second. Returns the distance to the
   * claim, or -1 when another figure is nearer.
   */
  private owns(claim: Claim, hit: { start: number; end: number }, kind: Fact['kind'], shared: boolean): number {
    const paired = this.respective.get(hit);
    if (paired)
      return paired === claim
        ? this.reach(this.group.spans[this.group.claims.indexOf(claim)] as [number, number], hit)
        : -1;
    // Words before a list ("spent $2.1 billion in A and $1.3 billion in B") speak for every
    // member; the words between and after the members are each member's own.
    const keyOf = shared && this.beforeList(claim, hit) ? this.listOf : this.figureOf;
    const own = keyOf.get(claim);
    let best = Number.POSITIVE_INFINITY;
    let mine = Number.POSITIVE_INFINITY;
    let owner: string | undefined;
    this.group.claims.forEach((mate, i) => {
      if (!factKindsFor(mate.kind, mate.change !== undefined).includes(kind)) return;
      const span = this.group.spans[i] as [number, number];
      const d = this.reach(span, hit);
      const figure = keyOf.get(mate);
      if (figure === own) mine = Math.min(mine, d);
      if (d < best || (d === best && figure === own)) {
        best = d;
        owner = figure;
      }
    });
    return owner === own ? mine : -1;
  }

  /**
   * How far a word is from a figure: the characters between them, and more for each comma,
   * semicolon or bracket between — "222,570 people killed, 300,000 injured": `killed` is the
   * first figure's, though the second stands closer.
   */
  private reach(span: [number, number], hit: { start: number; end: number }): number {
    const d = distance([span[0], span[1] - 1], [hit.start, hit.end - 1]);
    if (d === 0) return 0;
    const between =
      hit.start >= span[1]
        ? this.group.sentence.slice(span[1], hit.start)
        : this.group.sentence.slice(hit.end, span[0]);
    return d + SEPARATOR * (between.match(/[,;:()[\]]|\s[-–—]\s/g)?.length ?? 0);
  }

  /** The hit comes before the first member of the claim's list. */
  private beforeList(claim: Claim, hit: { end: number }): boolean {
    const list = this.listOf.get(claim);
    let first = Number.POSITIVE_INFINITY;
    this.group.claims.forEach((mate, i) => {
      if (this.listOf.get(mate) === list) first = Math.min(first, (this.group.spans[i] as [number, number])[0]);
    });
    return hit.end <= first;
  }

  evidence(claim: Claim, spread: (key: string) => number): Map<Fact, Evidence> {
    const kinds = factKindsFor(claim.kind, claim.change !== undefined);
    const found = new Map<Fact, Evidence>();
    const entry = (fact: Fact) => {
      let e = found.get(fact);
      if (!e) {
        e = { terms: new Map(), entities: new Map() };
        found.set(fact, e);
      }
      return e;
    };
    // A count's own noun ("4,000 workers") says what it counts more surely than a word nearby.
    const noun = claim.kind === 'count' && claim.unit ? stem(claim.unit) : undefined;
    for (const hit of this.termHits) {
      if (!kinds.includes(hit.target.kind)) continue;
      const d = this.owns(claim, hit, hit.target.kind, true);
      if (d < 0) continue;
      let weight: [number, number];
      if (noun && hit.key.split(' ').at(-1) === noun) {
        const w = 1.5 * this.index.termWeight(hit.key);
        weight = [w, w];
      } else {
        const base = this.index.termWeight(hit.key) * (FUNCTION_WORDS.has(hit.key) ? 0.5 : 1);
        // For telling facts apart, the nearer word wins ("lapsed on <date>" over a name further
        // off), and a term the article uses in sentence after sentence ("rents" in a story on
        // rents) is its topic, not what this one figure is about; for saying the figure is about
        // the fact at all, any word of it in reach counts.
        weight = [
          base / (1 + d / DECAY) / Math.sqrt(Math.max(1, spread(hit.key))),
          base * (d <= NEAR ? 1 : d <= FAR ? 0.6 : 0.3),
        ];
      }
      const terms = entry(hit.target).terms;
      const was = terms.get(hit.text);
      terms.set(hit.text, was && was[0] >= weight[0] ? was : weight);
    }
    for (const kind of kinds) {
      const entities = new Set(
        this.entityHits.filter((h) => this.owns(claim, h, kind, false) >= 0).map((h) => h.target),
      );
      for (const fact of found.keys()) {
        if (fact.kind !== kind) continue;
        for (const id of fact.match?.entities ?? [])
          if (entities.has(id)) entry(fact).entities.set(id, this.index.entityWeight(id));
      }
      for (const id of entities) {
        for (const fact of this.index.factsOfEntity(id))
          if (fact.kind === kind) entry(fact).entities.set(id, this.index.entityWeight(id));
      }
    }
    return found;
  }
}

interface Evidence {
  /** Per term: its weight for ranking, and for support. */
  terms: Map<string, [number, number]>;
  entities: Map<string, number>;
}

/**
 * A list of figures followed by "respectively" pairs them, in order, with the words listed before
 * it: in "elementary and secondary schools got $48 million and $61 million, respectively" the
 * first figure is the elementary schools' and the second the secondary schools'. Only when the
 * words before the list name as many things as the list has figures; otherwise nothing is paired.
 */
function respectively<T>(
  group: SentenceGroup,
  listOf: Map<Claim, string>,
  hits: readonly Hit<T>[],
): Map<{ start: number; end: number }, Claim> {
  const out = new Map<{ start: number; end: number }, Claim>();
  const lists = new Map<string, { claim: Claim; span: [number, number] }[]>();
  group.claims.forEach((claim, i) => {
    const key = listOf.get(claim) as string;
    const list = lists.get(key) ?? [];
    list.push({ claim, span: group.spans[i] as [number, number] });
    lists.set(key, list);
  });
  for (const members of lists.values()) {
    if (members.length < 2) continue;
    members.sort((a, b) => a.span[0] - b.span[0]);
    const start = (members[0] as (typeof members)[number]).span[0];
    const end = (members[members.length - 1] as (typeof members)[number]).span[1];
    if (!/^\W*respectively\b/i.test(group.sentence.slice(end))) continue;
    // The things listed: distinct places before the list, the nearest ones, one per member.
    const before = hits.filter((h) => h.end <= start);
    const places = [...new Set(before.map((h) => h.start))].sort((a, b) => a - b).slice(-members.length);
    if (places.length !== members.length) continue;
    for (const h of before) {
      const k = places.indexOf(h.start);
      if (k >= 0) out.set(h, (members[k] as (typeof members)[number]).claim);
    }
  }
  return out;
}

/**
 * Which claims of a sentence read the words around them as one: a figure and its conversion, and
 * neighbours of one kind with only `joiner` text between them.
 */
function figures(group: SentenceGroup, joiner: RegExp): Map<Claim, string> {
  const ids = new Set(group.claims.map((c) => c.id));
  const out = new Map<Claim, string>();
  const order = group.claims
    .map((claim, i) => ({ claim, span: group.spans[i] as [number, number] }))
    .sort((a, b) => a.span[0] - b.span[0]);
  let previous: { claim: Claim; span: [number, number] } | undefined;
  for (const item of order) {
    const { claim, span } = item;
    let key = claim.id;
    if (claim.conversionOf && ids.has(claim.conversionOf)) key = claim.conversionOf;
    else if (
      previous &&
      previous.claim.kind === claim.kind &&
      joiner.test(group.sentence.slice(previous.span[1], span[0]))
    ) {
      key = out.get(previous.claim) as string;
    }
    out.set(claim, key);
    previous = item;
  }
  return out;
}

/**
 * The time a claim is about: its own period, stated in its sentence; for the starting point of a
 * stated change ("from $800 million to …") with none, some time before its article's publication
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
  for (const from of pending) {
    const change = from.claim.change;
    if (change?.from === undefined || change.to === undefined || from.claim.value !== change.from) continue;
    const to = pending.find(
      (p) =>
        p !== from &&
        p.claim.kind === from.claim.kind &&
        p.claim.value === change.to &&
        p.claim.change?.from === change.from,
    );
    if (!to) continue;
    const near = (list: Candidate[]) => {
      const best = Math.max(...list.map((c) => c.score));
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
