import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './helpers.js';

const hedges = (s: string) =>
  claimsOf(s).map((c) => `${c.text} ${c.hedge}${c.range ? ` ${c.range.low}..${c.range.high}` : ''}`);

test('a comparator without negation keeps its side; negated, it bounds from the other', () => {
  assert.deepEqual(hedges('Sales surpassed 5 million units.'), ['5 million more-than']);
  assert.deepEqual(hedges('Costs exceeded $2 billion.'), ['$2 billion more-than']);
  assert.deepEqual(hedges('Costs did not exceed $2 billion.'), ['$2 billion up-to']);
  assert.deepEqual(hedges('Not more than 20 people may enter.'), ['20 up-to']);
  assert.deepEqual(hedges('The fee is no more than 3%.'), ['3% up-to']);
  assert.deepEqual(hedges('The fund keeps not less than 12% in cash.'), ['12% at-least']);
  assert.deepEqual(hedges('The rise may "not exceed" 5% a year.'), ['5% up-to']);
  // `not only` negates nothing.
  assert.deepEqual(hedges('It is not only more than 40 stores but more.'), ['40 more-than']);
});

test('as few as is a floor; ~ is about; no later than bounds a date', () => {
  assert.deepEqual(hedges('As few as 200 people turned up.'), ['200 at-least']);
  assert.deepEqual(hedges('Staff | ~4,500'), ['4,500 about']);
  assert.deepEqual(
    claimsOf('Crews must finish no later than June 2025.', '2025-01').map((c) => [c.text, c.hedge]),
    [['June 2025', 'up-to']],
  );
  // A date keeps no comparison that is not about time: `over 2024` is no hedge of it.
  assert.deepEqual(
    claimsOf('Prices rose over 2024.', '2025-01').map((c) => [c.text, c.hedge]),
    [['2024', 'none']],
  );
});

test('a range keeps both ends, the low end a floor and the high end a ceiling', () => {
  assert.deepEqual(hedges('Between 40% and 50% of tenants.'), ['40% at-least 40..50', '50% up-to 40..50']);
  assert.deepEqual(hedges('Some 40%–50% of tenants.')[1], '50% up-to 40..50');
  assert.deepEqual(hedges('It costs $5 million to $7 million.'), [
    '$5 million at-least 5000000..7000000',
    '$7 million up-to 5000000..7000000',
  ]);
  // A change is no range: from one figure to another, or by one amount to another.
  assert.deepEqual(hedges('The rate fell from 25% to 15%.'), ['25% none', '15% none']);
  assert.deepEqual(hedges('Rents rose 2% to 7% of income.'), ['2% none', '7% none']);
});

test('a hedge before the first of two parallel figures qualifies both', () => {
  assert.deepEqual(hedges('It spent roughly $20.9 billion in Lisbon and $13.4 billion in Porto.'), [
    '$20.9 billion about',
    '$13.4 billion about',
  ]);
  // Figures of different clauses, or with a verb between them, do not share it.
  assert.deepEqual(hedges('About 5% left, and 7% stayed.'), ['5% about', '7% none']);
});
