import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  DerivedInput,
  EntityInput,
  FactInput,
  LedgerFile,
  MatchInput,
  PointInput,
  PositionInput,
  RateInput,
  ScopeInput,
  SourceInput,
  ToleranceInput,
  ValueInput,
} from '../src/index.js';
import { checkLedger, ledgerSchema, SCHEMA_ID } from '../src/index.js';

// Each record must list every key of its interface and nothing else (the compiler checks that);
// the test then checks the same keys against the schema. Together: the types cannot drift from it.
const keys = {
  $root: { $schema: 1, topic: 1, description: 1, scope: 1, entities: 1, rates: 1, facts: 1 } satisfies Record<
    keyof LedgerFile,
    1
  >,
  entity: { id: 1, name: 1, aliases: 1, description: 1 } satisfies Record<keyof EntityInput, 1>,
  rate: { currency: 1, per: 1, rate: 1, date: 1, period: 1, tolerance: 1, note: 1, sources: 1 } satisfies Record<
    keyof RateInput,
    1
  >,
  value: { amount: 1, date: 1, currency: 1, unit: 1, per: 1, bound: 1 } satisfies Record<keyof ValueInput, 1>,
  scope: { entities: 1, terms: 1 } satisfies Record<keyof ScopeInput, 1>,
  derived: { op: 1, from: 1, to: 1 } satisfies Record<keyof DerivedInput, 1>,
  match: { entities: 1, terms: 1, exclude: 1, period: 1 } satisfies Record<keyof MatchInput, 1>,
  tolerance: { relative: 1, absolute: 1 } satisfies Record<keyof ToleranceInput, 1>,
  point: { line: 1, column: 1, offset: 1 } satisfies Record<keyof PointInput, 1>,
  position: { start: 1, end: 1 } satisfies Record<keyof PositionInput, 1>,
  source: { outlet: 1, url: 1, published: 1, title: 1, quote: 1, article: 1, position: 1 } satisfies Record<
    keyof SourceInput,
    1
  >,
  fact: {
    id: 1,
    description: 1,
    kind: 1,
    value: 1,
    unit: 1,
    derived: 1,
    asOf: 1,
    period: 1,
    match: 1,
    tolerance: 1,
    sources: 1,
    note: 1,
  } satisfies Record<keyof FactInput, 1>,
};

test('every TypeScript interface has exactly the properties of its schema definition', () => {
  for (const [name, record] of Object.entries(keys)) {
    const def = name === '$root' ? ledgerSchema : (ledgerSchema.$defs as Record<string, { properties?: object }>)[name];
    assert.ok(def?.properties, `schema has no properties for ${name}`);
    assert.deepEqual(Object.keys(record).sort(), Object.keys(def.properties).sort(), name);
  }
});

test('the enums in the types match the schema', () => {
  const kinds: Record<FactInput['kind'], 1> = {
    money: 1,
    percent: 1,
    count: 1,
    multiplier: 1,
    date: 1,
    duration: 1,
    ordinal: 1,
  };
  const ops: Record<DerivedInput['op'], 1> = { 'percent-change': 1, ratio: 1, difference: 1 };
  const pers: Record<NonNullable<ValueInput['per']>, 1> = {
    year: 1,
    quarter: 1,
    month: 1,
    week: 1,
    day: 1,
    hour: 1,
    person: 1,
    share: 1,
  };
  const enumOf = (def: string, property: string) =>
    [
      ...(((ledgerSchema.$defs[def]?.properties ?? {}) as Record<string, { enum?: string[] }>)[property]?.enum ?? []),
    ].sort();
  assert.deepEqual(Object.keys(kinds).sort(), enumOf('fact', 'kind'));
  assert.deepEqual(Object.keys(ops).sort(), enumOf('derived', 'op'));
  assert.deepEqual(Object.keys(pers).sort(), enumOf('value', 'per'));
});

test('a typed ledger using every property validates against the schema', () => {
  const source: SourceInput = {
    outlet: 'Example Gazette',
    url: 'https://gazette.example/a',
    published: '2024-01-02',
    title: 'A story',
    quote: 'It cost 3 million euros.',
    article: 'articles/a.md',
    position: { start: { line: 3, column: 1, offset: 40 }, end: { line: 3, column: 25 } },
  };
  const ledger: LedgerFile = {
    $schema: SCHEMA_ID,
    topic: 'A typed ledger',
    description: 'Uses every property once.',
    entities: [{ id: 'town', name: 'Town', aliases: ['the town'], description: 'A town' }],
    rates: [
      {
        currency: 'SEK',
        per: 'EUR',
        rate: 11.5,
        period: '2024',
        tolerance: { relative: 0.02, absolute: 0.1 },
        note: 'yearly average',
        sources: [source],
      },
    ],
    facts: [
      {
        id: 'cost',
        description: 'The cost',
        kind: 'money',
        value: { amount: 3e6, currency: 'EUR', per: 'year' },
        asOf: '2024-01-02',
        period: '2024',
        match: { entities: ['town'], terms: ['cost'], period: '2024' },
        tolerance: { relative: 0.01, absolute: 1000 },
        sources: [source],
        note: 'exact',
      },
      {
        id: 'cost-2023',
        description: 'Last year',
        kind: 'money',
        value: { amount: 2e6, currency: 'EUR' },
        period: '2023',
      },
      {
        id: 'rise',
        description: 'The rise',
        kind: 'percent',
        derived: { op: 'percent-change', from: 'cost-2023', to: 'cost' },
      },
      { id: 'opened', description: 'Opened', kind: 'date', value: { date: '2024-05-01' } },
    ],
  };
  const result = checkLedger(JSON.stringify(ledger), { format: 'json' });
  assert.deepEqual(
    result.errors.map((e) => e.format()),
    [],
  );
  assert.equal(result.ledger?.fact('rise')?.value?.amount, 50);
});

test('the schema has an absolute versioned $id and allows $schema in ledgers', () => {
  assert.equal(ledgerSchema.$id, SCHEMA_ID);
  assert.match(SCHEMA_ID, /^https:\/\/[^/]+\/.+\/v\d+\.json$/);
  assert.equal(ledgerSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(ledgerSchema.additionalProperties, false);
  assert.ok('$schema' in (ledgerSchema.properties as object));
});

test('a date fact is written at the precision the record knows: a year, a month or a day', () => {
  const errors = (date: string) =>
    checkLedger(`topic: t\nfacts:\n  - { id: opened, description: d, kind: date, value: { date: '${date}' } }\n`, {
      file: 'L',
    }).errors.map((e) => e.format());
  for (const ok of ['1991', '2025-11', '2025-11-14']) assert.deepEqual(errors(ok), [], ok);
  for (const bad of ['2025-13', '2025-02-30', '2021/2025', 'May 2025']) {
    assert.match(
      errors(bad).join('\n'),
      /is not a date \(write a year, a month or a day: 1991, 2025-11 or 2025-11-14\)/,
      bad,
    );
  }
});
