import assert from 'node:assert/strict';
import { test } from 'node:test';
import { texts } from './helpers.js';

test('the numbers of orders, laws and their sections name them', () => {
  for (const s of [
    'The mayor cited Executive Order 40517 in her letter.',
    'Duties were raised under Section 301 of the trade statute.',
    'The measure became Public Law 118-34 last spring.',
    'Inspectors relied on Title 12 and Article 9 of the code.',
    'The ruling followed Order No. 7 of the tribunal.',
    'The authority is in § 1421 of the statute.',
  ]) {
    const found = texts(s).filter((t) => !t.startsWith('date'));
    assert.deepEqual(found, [], s);
  }
});

test('figures stated about a law are still claims', () => {
  assert.deepEqual(texts('Section 301 duties of 25% hit 1,200 products.'), ['percent 25%', 'count 1,200']);
  assert.deepEqual(texts('The order cost $40 million to carry out.'), ['money $40 million']);
  // A quantity written with separators after a label-like noun in a table is a quantity.
  assert.deepEqual(texts('Section 1,200 workers'), ['count 1,200']);
  assert.deepEqual(texts('The law took 3 years to pass.'), ['duration 3 years']);
});
