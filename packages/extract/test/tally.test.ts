import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoClaims, claimsOf, texts } from './helpers.js';

test('codes, phone numbers and model numbers joined by a hyphen stay out', () => {
  assertNoClaims([
    'The Airbus 350-900 landed late.',
    'Call 555-0123 or 555-123-4567 for tickets.',
    'The F-16-2 variant flew past.',
    'The measure became Public Law 118-34 last spring.',
  ]);
  // Lowest first is a range of one count, not two.
  assert.deepEqual(texts('They expect 5-7 people.'), ['count 5-7']);
});

test("a game's or a vote's tally, highest first, is two counts", () => {
  assert.deepEqual(texts('They won 118–104 at home.'), ['count 118', 'count 104']);
  assert.deepEqual(texts('The council voted 6-4 to approve it.'), ['count 6', 'count 4']);
  assert.deepEqual(
    claimsOf('The sides drew 2-2.').map((c) => c.value),
    [2, 2],
  );
});
