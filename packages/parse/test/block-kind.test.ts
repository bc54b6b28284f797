import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';

const kinds = (source: string) => {
  const doc = parseArticle(source, { id: 'a.txt' });
  return doc.blocks.map((b) => [doc.text.slice(b.start, b.end), b.kind]);
};

test('plain text: headings, captions, boilerplate and body by general rules', () => {
  const source = [
    'Skip to main content',
    '',
    'Allies Reach a Deal on Base Costs',
    '',
    'A guard stands at the gate of a base on Monday. (Jane Doe/Agency/Picture Service)',
    '',
    'Credit: Staff photographer',
    '',
    'File photo of the talks in this photo released by the ministry.',
    '',
    'The two sides reached a deal on Tuesday, officials said. It covers five years.',
    '',
    'Click here to subscribe for full access.',
    '',
    'Share',
    '',
    'Advertisement',
    '',
    'reporter@example.com',
    '',
    '(END)',
    '',
    'Copyright 2024 Example. All rights reserved.',
    '',
    '----',
  ].join('\n');
  assert.deepEqual(kinds(source), [
    ['Skip to main content', 'boilerplate'],
    ['Allies Reach a Deal on Base Costs', 'heading'],
    ['A guard stands at the gate of a base on Monday. (Jane Doe/Agency/Picture Service)', 'caption'],
    ['Credit: Staff photographer', 'caption'],
    ['File photo of the talks in this photo released by the ministry.', 'caption'],
    ['The two sides reached a deal on Tuesday, officials said. It covers five years.', 'body'],
    ['Click here to subscribe for full access.', 'boilerplate'],
    ['Share', 'boilerplate'],
    ['Advertisement', 'boilerplate'],
    ['reporter@example.com', 'boilerplate'],
    ['(END)', 'boilerplate'],
    ['Copyright 2024 Example. All rights reserved.', 'boilerplate'],
    ['----', 'boilerplate'],
  ]);
});

test('a title line right above a credit line is part of the caption', () => {
  assert.deepEqual(kinds('Soldiers on Parade\nCredit: Agency photo\n\nBody text follows here.'), [
    ['Soldiers on Parade', 'caption'],
    ['Credit: Agency photo', 'caption'],
    ['Body text follows here.', 'body'],
  ]);
});

test('a long body paragraph that mentions a newsletter stays body', () => {
  const long = `The ministry said in its newsletter that ${'the talks went on for hours and '.repeat(10)}ended late.`;
  assert.deepEqual(kinds(long), [[long, 'body']]);
});
