import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '@factledger/core';
import { ClaimStore } from '../src/claim-store.js';

const claim = (n: number, sentence: string): Claim => ({
  id: `c${n}`,
  kind: 'money',
  text: `€${n} million`,
  value: n * 1e6,
  unit: 'EUR',
  per: null,
  hedge: n % 2 ? 'about' : 'none',
  precision: { step: 1e6 },
  subject: null,
  actors: [],
  period: n % 3 ? '2024' : null,
  attribution: null,
  block: 'body',
  sentence,
  inSentence: { start: 0, end: 4 },
  document: `articles/${n}.md`,
  position: { start: { line: n + 1, column: 1, offset: n * 40 }, end: { line: n + 1, column: 5, offset: n * 40 + 4 } },
});

test('a stored claim comes back equal to what was stored, non-ASCII text included, across many chunks', () => {
  const store = new ClaimStore();
  const claims = Array.from({ length: 5000 }, (_, n) => claim(n, `Für ${n} — “quoted” 😀 ${'x'.repeat(n % 300)}`));
  const ids = claims.map((c) => store.add(c));
  assert.equal(store.size, claims.length);
  for (const [k, id] of ids.entries()) assert.deepEqual(store.get(id), claims[k]);
});

test('a claim larger than a chunk is stored whole, and the claims around it stay intact', () => {
  const store = new ClaimStore();
  const before = store.add(claim(1, 'short'));
  const huge = claim(2, 'ü'.repeat(100_000));
  const big = store.add(huge);
  const after = store.add(claim(3, 'after'));
  assert.deepEqual(store.get(big), huge);
  assert.equal(store.get(before).sentence, 'short');
  assert.equal(store.get(after).sentence, 'after');
});

test('each read is a fresh copy: changing what was read, or what was stored, changes nothing kept', () => {
  const store = new ClaimStore();
  const original = claim(7, 'kept as given');
  const id = store.add(original);
  original.sentence = 'changed by the caller';
  const read = store.get(id);
  read.value = 0;
  assert.equal(store.get(id).sentence, 'kept as given');
  assert.equal(store.get(id).value, 7e6);
});

test('a number the store never gave is a RangeError', () => {
  const store = new ClaimStore();
  store.add(claim(1, 'one'));
  assert.throws(() => store.get(1), RangeError);
  assert.throws(() => store.get(-1), RangeError);
  assert.throws(() => store.get(0.5), RangeError);
});
