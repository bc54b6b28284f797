import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './helpers.js';

const texts = (s: string) => claimsOf(s).map((c) => `${c.kind} ${c.text}`);

test('one as a pronoun, an idiom or a rank counts nothing', () => {
  for (const s of [
    'One of the officials said the talks had stalled.',
    'No one answered, and they blamed one another.',
    'Which one will the panel pick?',
    'Safety is the number one concern of the crew.',
  ]) {
    assert.deepEqual(texts(s), [], s);
  }
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
