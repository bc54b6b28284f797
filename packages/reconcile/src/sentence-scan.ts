import type { Claim } from '@factledger/core';
import type { Fact } from '@factledger/ledger';
import { type FactIndex, factKindsFor, type Hit } from './fact-index.js';
import type { SentenceGroup } from './locate.js';
import { distance } from './reading.js';
import { stem, type Word, words } from './words.js';

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

export interface Evidence {
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
