import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoClaims, texts } from './helpers.js';

test('a number a label puts on a thing counts nothing: page, No., flight, room, season, a law titled by its year', () => {
  assertNoClaims([
    'The figures are on page 14 of the report, in table 3.',
    'Claim No. 8 was rejected; see also no. 12.',
    'Season 4 of the series was filmed in room 210.',
    'The Harbour Act of 1931 still governs the quays.',
  ]);
});

test('a quantity after a label word, or a year after an untitled noun, is still a claim', () => {
  // Thousands separators write a quantity, not a label's number.
  assert.deepEqual(texts('Size 23,468 personnel'), ['count 23,468']);
  // `the agreement of 2019` dates an agreement; only a capitalised title makes the year its name.
  assert.deepEqual(texts('They kept the agreement of 2019.'), ['date 2019']);
  assert.deepEqual(texts('The line carried 40,000 riders.'), ['count 40,000']);
});
