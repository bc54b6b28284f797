import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoClaims, texts } from './helpers.js';

test('a time of day is no figure: a.m., p.m., AM, pm glued, a time zone', () => {
  assertNoClaims([
    'Polls open at 7 a.m. and close at 9 p.m.',
    'The ferry leaves at 6 AM and returns at 11pm.',
    'The statement came at 14 GMT.',
  ]);
});

test('counts beside clock words that are not times stay claims', () => {
  // `am` apart and in lower case is the verb.
  assert.deepEqual(texts('Of the 30 am I the only one?'), ['count 30']);
  assert.deepEqual(texts('Shifts ran 12 hours, from 7 a.m., for 40 nurses.'), ['duration 12 hours', 'count 40']);
});
