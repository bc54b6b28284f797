import type { Position } from '@factledger/core';
import type { EntityInput, FactInput, LedgerFile, RateInput, ValueInput } from './format.js';
import type { Locator } from './locate.js';
import { convertAmount, findRate, type RateQuote } from './rates.js';

export interface Entity extends EntityInput {
  /** Where the entity is written in the ledger file. */
  position: Position | undefined;
}

export interface Fact extends FactInput {
  /** As written, or computed for a derived fact; absent while the value is disputed. */
  value?: ValueInput;
  /** The fact's index in the ledger's `facts`. */
  index: number;
  /** Where the fact is written in the ledger file, for findings that cite it. */
  position: Position | undefined;
}

/** A validated ledger: entities, facts (derived ones computed), rates, and lookups over them. */
export interface Ledger {
  readonly file: string | undefined;
  readonly topic: string;
  readonly description: string | undefined;
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
  readonly rates: readonly RateInput[];
  /** The data as written, for tools that need what the user typed. */
  readonly data: LedgerFile;
  fact(id: string): Fact | undefined;
  entity(id: string): Entity | undefined;
  /** `rate` units of `currency` per one unit of `per` (any counter-currency when omitted) at a date or period. */
  rateAt(currency: string, when: string, per?: string): RateQuote | undefined;
  /** `amount` of `from` in `to` at a date or period, or `undefined` when no rate covers it. */
  convert(amount: number, from: string, to: string, when: string): number | undefined;
}

export function buildLedger(
  data: LedgerFile,
  derived: ReadonlyMap<string, ValueInput>,
  locator: Locator,
  file: string | undefined,
): Ledger {
  const entities: Entity[] = (data.entities ?? []).map((entity, i) => ({
    ...entity,
    position: locator.locate(['entities', i]),
  }));
  const facts: Fact[] = data.facts.map((fact, index) => {
    const value = fact.derived ? derived.get(fact.id) : fact.value;
    return { ...fact, ...(value ? { value } : {}), index, position: locator.locate(['facts', index]) };
  });
  const rates = data.rates ?? [];
  const factsById = new Map(facts.map((f) => [f.id, f]));
  const entitiesById = new Map(entities.map((e) => [e.id, e]));
  return {
    file,
    topic: data.topic,
    description: data.description,
    entities,
    facts,
    rates,
    data,
    fact: (id) => factsById.get(id),
    entity: (id) => entitiesById.get(id),
    rateAt: (currency, when, per) => findRate(rates, currency, when, per),
    convert: (amount, from, to, when) => convertAmount(rates, amount, from, to, when),
  };
}
