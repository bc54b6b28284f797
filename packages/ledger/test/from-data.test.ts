import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  asLedger,
  checkLedgerData,
  InvalidLedgerError,
  type LedgerFile,
  ledgerFromData,
  loadLedger,
} from '../src/index.js';

const costSharing = fileURLToPath(new URL('../../../fixtures/cost-sharing/ledger.yaml', import.meta.url));

const small: LedgerFile = {
  topic: 'harbour works',
  facts: [
    {
      id: 'budget',
      description: 'Harbour budget',
      kind: 'money',
      value: { amount: 120e6, currency: 'EUR' },
      period: '2024',
    },
    {
      id: 'budget-next',
      description: 'Harbour budget',
      kind: 'money',
      value: { amount: 150e6, currency: 'EUR' },
      period: '2025',
    },
    {
      id: 'growth',
      description: 'Budget growth',
      kind: 'percent',
      derived: { op: 'percent-change', from: 'budget', to: 'budget-next' },
    },
  ],
};

test('in-memory data gives the same ledger as the file it would be written as', async () => {
  const fromFile = await loadLedger(costSharing);
  const fromData = ledgerFromData(parse(readFileSync(costSharing, 'utf8')));
  assert.deepEqual(
    fromData.facts.map((f) => [f.id, f.value]),
    fromFile.facts.map((f) => [f.id, f.value]),
  );
  // No text, so no line:column to cite.
  assert.equal(fromData.facts[0]?.position, undefined);
});

test('derived facts are computed from in-memory data', () => {
  const ledger = ledgerFromData(small);
  assert.equal(ledger.fact('growth')?.value?.amount, 25);
  assert.equal(ledger.fact('growth')?.value?.unit, '%');
});

test("asLedger keeps a loaded ledger as it is and validates data of the file's shape", async () => {
  const loaded = await loadLedger(costSharing);
  assert.equal(asLedger(loaded), loaded);
  assert.equal(asLedger(small).fact('growth')?.value?.amount, 25);
  assert.throws(
    () => asLedger({ topic: 'harbour works', facts: [{ id: 'x', kind: 'money' }] } as LedgerFile),
    InvalidLedgerError,
  );
});

test('invalid in-memory data is refused with every problem, each at its JSON pointer', () => {
  const bad = {
    topic: 'harbour works',
    facts: [
      { id: 'budget', kind: 'money', value: { amount: 'lots' } },
      { id: 'budget', kind: 'count', value: { amount: 3 } },
    ],
  };
  const check = checkLedgerData(bad, { file: 'cms:harbour' });
  assert.equal(check.ok, false);
  const pointers = check.errors.map((e) => e.pointer);
  assert.ok(pointers.includes('/facts/0/value/amount'), pointers.join(' '));
  assert.ok(check.errors.every((e) => e.file === 'cms:harbour' && e.position === undefined));
  assert.throws(() => ledgerFromData(bad), InvalidLedgerError);
});

test('a cyclic object is refused, not walked forever', () => {
  const fact: Record<string, unknown> = { id: 'budget', kind: 'count', value: { amount: 3 } };
  const note: Record<string, unknown> = {};
  note.self = note;
  fact.source = note;
  const check = checkLedgerData({ topic: 't', facts: [fact] });
  assert.equal(check.ok, false);
  assert.match(check.errors[0]?.message ?? '', /refers to itself/);
});

test('data nested too deep is refused at the JSON pointer of the first level past the limit', () => {
  let data: Record<string, unknown> = { topic: 't' };
  for (let k = 0; k < 40; k++) data = { 'a/b': data };
  const check = checkLedgerData(data, { file: 'cms:deep' });
  assert.equal(check.ok, false);
  assert.equal(check.errors[0]?.pointer, '/a~1b'.repeat(32));
});
