import assert from 'node:assert/strict';
import { test } from 'node:test';
import { texts } from './helpers.js';

test('a noun named by a number and -er counts nothing: 3-pointers, a two-seater', () => {
  assert.deepEqual(texts('She hit a 3-pointer at the buzzer.'), []);
  assert.deepEqual(texts('They flew in a two-seater.'), []);
  // The figure that counts the things still counts them.
  assert.deepEqual(texts('He made seven 3-pointers.'), ['count seven']);
});

test('a number hyphenated to what it counts in a phrase is still a count', () => {
  assert.deepEqual(texts('A 12-member panel will decide.'), ['count 12']);
  assert.deepEqual(texts('She scored 31 points.'), ['count 31']);
});
