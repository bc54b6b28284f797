import type { ClaimKind } from '@factledger/core';
import type { Fact, Ledger } from '@factledger/ledger';
import { type Span, spanOf, union } from './time.js';
import { phrase, type Word } from './words.js';

interface Entry<T> {
  stems: string[];
  text: string;
  target: T;
}

/** A term or alias found in a sentence. */
export interface Hit<T> {
  text: string;
  /** The term's stems joined, the same for each inflection. */
  key: string;
  target: T;
  start: number;
  end: number;
}

/**
 * The ledger indexed for matching: facts by kind, and every term and entity alias by its first
 * stem, so finding the facts a sentence talks about costs a lookup per word rather than a pass
 * over the ledger; matching stays linear in claims × candidate facts however large the ledger.
 */
export class FactIndex {
  readonly ledger: Ledger;
  private readonly terms = new Map<string, Entry<Fact>[]>();
  private readonly aliases = new Map<string, Entry<string>[]>();
  /** Facts with no terms, reachable only through their entities. */
  private readonly byEntity = new Map<string, Fact[]>();
  private readonly times = new Map<string, Span | undefined>();
  /** The ledger's `scope`: entity aliases and terms, any of which puts an article in it. */
  private readonly scope = new Map<string, Entry<true>[]>();
  readonly hasScope: boolean;
  /** Per fact, the terms that rule it out. */
  private readonly excluded = new Map<Fact, string[][]>();
  /** How many facts name each term and each entity: a word many facts share tells little. */
  private readonly termFacts = new Map<string, number>();
  private readonly entityFacts = new Map<string, number>();

  constructor(ledger: Ledger) {
    this.ledger = ledger;
    for (const fact of ledger.facts) {
      const terms = [...(fact.match?.terms ?? [])];
      // A count or an ordinal names what it counts: "ferries", "round" recognise it like a term.
      const unit = fact.value?.unit ?? fact.unit;
      if ((fact.kind === 'count' || fact.kind === 'ordinal') && unit) terms.push(unit);
      // "expire" and "expired" are one term once stemmed: count it once.
      const seen = new Set<string>();
      for (const term of terms) {
        const key = phrase(term).join(' ');
        if (!seen.has(key)) {
          add(this.terms, term, fact);
          this.termFacts.set(key, (this.termFacts.get(key) ?? 0) + 1);
        }
        seen.add(key);
      }
      for (const entity of new Set(fact.match?.entities ?? [])) {
        this.entityFacts.set(entity, (this.entityFacts.get(entity) ?? 0) + 1);
      }
      if (terms.length === 0) {
        for (const entity of fact.match?.entities ?? []) {
          const list = this.byEntity.get(entity) ?? [];
          list.push(fact);
          this.byEntity.set(entity, list);
        }
      }
    }
    for (const entity of ledger.entities) {
      for (const alias of [entity.name, ...(entity.aliases ?? [])]) add(this.aliases, alias, entity.id);
    }
    const scope = ledger.data.scope;
    for (const id of scope?.entities ?? []) {
      const entity = ledger.entity(id);
      for (const alias of entity ? [entity.name, ...(entity.aliases ?? [])] : []) add(this.scope, alias, true);
    }
    for (const term of scope?.terms ?? []) add(this.scope, term, true);
    this.hasScope = this.scope.size > 0;
    for (const fact of ledger.facts) {
      const exclude = fact.match?.exclude ?? [];
      if (exclude.length > 0) this.excluded.set(fact, exclude.map(phrase));
    }
  }

  /** The words name something of the ledger's `scope`. */
  inScope(words: readonly Word[]): boolean {
    return scan(this.scope, words).length > 0;
  }

  /** The words hold a term the fact's `match.exclude` rules it out by. */
  excludes(fact: Fact, words: readonly Word[]): boolean {
    const terms = this.excluded.get(fact);
    if (!terms) return false;
    return terms.some((stems) =>
      words.some((_, i) => stems.length > 0 && stems.every((s, k) => words[i + k]?.stem === s)),
    );
  }

  termHits(words: readonly Word[]): Hit<Fact>[] {
    return scan(this.terms, words);
  }

  entityHits(words: readonly Word[]): Hit<string>[] {
    return scan(this.aliases, words);
  }

  /**
   * What finding a term near a figure says about one of its facts: 1 for a term one fact has,
   * less the more facts share it (inverse document frequency, square-root damped).
   */
  termWeight(key: string): number {
    return 1 / Math.sqrt(this.termFacts.get(key) ?? 1);
  }

  /** An entity says who, not what: half a term's weight, shared the same way. */
  entityWeight(entity: string): number {
    return 0.5 / Math.sqrt(this.entityFacts.get(entity) ?? 1);
  }

  /** Facts without terms that name `entity`. */
  factsOfEntity(entity: string): readonly Fact[] {
    return this.byEntity.get(entity) ?? [];
  }

  /**
   * The time a fact is about: its `match.period`, else its `period`, else its `asOf`. A derived fact
   * spans its operands too — a rise "from 2019" and one "in 2021" are both about a 2019→2021 change.
   */
  timeOf(fact: Fact): Span | undefined {
    if (this.times.has(fact.id)) return this.times.get(fact.id);
    this.times.set(fact.id, undefined); // guards against a cycle while computing
    const own = spanOf(fact.match?.period ?? fact.period ?? fact.asOf);
    let span = own;
    if (fact.derived) {
      const from = this.ledger.fact(fact.derived.from);
      const to = this.ledger.fact(fact.derived.to);
      span = union([own, from && this.timeOf(from), to && this.timeOf(to)]);
    }
    this.times.set(fact.id, span);
    return span;
  }
}

function add<T>(map: Map<string, Entry<T>[]>, text: string, target: T): void {
  const stems = phrase(text);
  const first = stems[0];
  if (first === undefined) return;
  const list = map.get(first) ?? [];
  list.push({ stems, text, target });
  map.set(first, list);
}

function scan<T>(map: Map<string, Entry<T>[]>, words: readonly Word[]): Hit<T>[] {
  const hits: Hit<T>[] = [];
  words.forEach((word, i) => {
    for (const entry of map.get(word.stem) ?? []) {
      const last = words[i + entry.stems.length - 1];
      if (!last || !entry.stems.every((s, k) => words[i + k]?.stem === s)) continue;
      hits.push({
        text: entry.text,
        key: entry.stems.join(' '),
        target: entry.target,
        start: word.start,
        end: last.end,
      });
    }
  });
  return hits;
}

/** The fact kinds a claim of this kind can be about. */
export function factKindsFor(kind: ClaimKind, isChange: boolean): readonly ClaimKind[] {
  // "300% more" and "four-fold" state the same ratio: a change in percent and a multiplier meet.
  if (kind === 'percent') return isChange ? ['percent', 'multiplier'] : ['percent'];
  if (kind === 'multiplier') return ['multiplier', 'percent'];
  return [kind];
}
