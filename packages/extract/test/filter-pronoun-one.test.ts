import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoClaims, claimsOf, texts } from './helpers.js';

test('one as a pronoun, an idiom or a rank counts nothing', () => {
  assertNoClaims([
    'One of the officials said the talks had stalled.',
    'No one answered, and they blamed one another.',
    'Which one will the panel pick?',
    'Safety is the number one concern of the crew.',
  ]);
});

test('one followed by what it counts is a count of one', () => {
  assert.deepEqual(texts('Only one bridge stayed open.'), ['count one']);
  assert.deepEqual(
    claimsOf('One official and 40 volunteers came.').map((c) => [c.text, c.value]),
    [
      ['One', 1],
      ['40', 40],
    ],
  );
});
