import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import { sentenceTexts } from './helpers.js';

const split = (text: string) => sentenceTexts(parseArticle(text, { id: 'a.txt' }));

test('abbreviations, initials, decimals and numbers do not end sentences', () => {
  assert.deepEqual(
    split(
      'The U.S. allies paid $1.18 billion on Jan. 24 at 9 a.m. local time. Mr. Smith of Acme Inc. agreed. Donald J. Trump spoke. It was No. 1 in the U.S. The talks ended.',
    ),
    [
      'The U.S. allies paid $1.18 billion on Jan. 24 at 9 a.m. local time.',
      'Mr. Smith of Acme Inc. agreed.',
      'Donald J. Trump spoke.',
      'It was No. 1 in the U.S.',
      'The talks ended.',
    ],
  );
});

test('quotes after the period, question and exclamation marks', () => {
  assert.deepEqual(split('He said, "We agreed." Then he left! Why? "Because," she said. (It was late.) Done.'), [
    'He said, "We agreed."',
    'Then he left!',
    'Why?',
    '"Because," she said.',
    '(It was late.)',
    'Done.',
  ]);
  assert.deepEqual(split('"Is it fair?" he asked.'), ['"Is it fair?" he asked.']);
});

test('sentences carry their block and source position', () => {
  const source = 'Heading Line\r\n\r\nFirst one. Second\r\none here.';
  const doc = parseArticle(source, { id: 'a.txt' });
  assert.deepEqual(sentenceTexts(doc), ['Heading Line', 'First one.', 'Second one here.']);
  assert.deepEqual(
    doc.sentences.map((s) => s.block),
    [0, 1, 1],
  );
  const last = doc.sentences[2];
  assert.deepEqual(last?.position.start, { line: 3, column: 12, offset: 27 });
  assert.deepEqual(last?.position.end, { line: 4, column: 10, offset: source.length });
});

test('reference marks after a full stop stay with the sentence they cite; elsewhere they change nothing', () => {
  assert.deepEqual(
    split(
      'Turnout reached 61% in 2019.[4] In 2023, it fell.[5][6] A later count was lower.[citation needed] See table[2] below.',
    ),
    [
      'Turnout reached 61% in 2019.[4]',
      'In 2023, it fell.[5][6]',
      'A later count was lower.[citation needed]',
      'See table[2] below.',
    ],
  );
});
