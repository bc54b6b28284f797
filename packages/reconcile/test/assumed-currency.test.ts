import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '@factledger/core';
import { reconcile } from '@factledger/reconcile';
import { claim, ledger } from './helpers.js';

const port = ledger(`
entities:
  - { id: port, name: Harbourton }
rates:
  - { currency: AUD, per: USD, rate: 1.5, period: '2024' }
  - { currency: EUR, per: USD, rate: 0.9, period: '2024' }
facts:
  - id: dredging
    description: Cost of the dredging contract
    kind: money
    value: { amount: 5.0e+8, currency: AUD }
    period: '2024'
    match: { entities: [port], terms: [dredging] }
  - id: crane
    description: Cost of the new cranes
    kind: money
    value: { amount: 9.0e+7, currency: EUR }
    period: '2024'
    match: { entities: [port], terms: [cranes] }
`);

const dollars = (value: number, what: string, currencyFrom: Claim['currencyFrom']) =>
  claim({
    kind: 'money',
    value,
    unit: 'USD',
    currencyFrom,
    precision: { step: 1e7 },
    text: `$${value / 1e6} million`,
    sentence: `Harbourton paid $${value / 1e6} million for the ${what} in 2024.`,
    period: '2024',
  });

test('a conflict only an assumed USD makes, against a fact in another dollar, is ambiguous and says so', () => {
  // $500 million read as USD is A$750 million; as the Australian dollars it likely is, it matches.
  const [f] = reconcile([dollars(5e8, 'dredging', 'default')], port).filter((x) => x.rule === 'fact');
  assert.equal(f?.verdict, 'ambiguous');
  assert.equal(f?.fact, 'dredging');
  assert.match(f?.message ?? '', /only if its "\$" is USD, which was assumed/);
  assert.match(f?.message ?? '', /currency: AUD/);
});

test('the same figure is a conflict when the text said the dollar, or the fact is in no dollar', () => {
  const [stated] = reconcile([dollars(5e8, 'dredging', 'text')], port).filter((x) => x.rule === 'fact');
  assert.equal(stated?.verdict, 'conflict');
  const [euros] = reconcile([dollars(5e8, 'cranes', 'default')], port).filter((x) => x.rule === 'fact');
  assert.equal(euros?.verdict, 'conflict');
});
