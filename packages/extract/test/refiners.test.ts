import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import { extractClaims } from '../src/index.js';
import { claimsOf, find } from './helpers.js';

const money = (text: string, options: { currency?: string } = {}) =>
  extractClaims(text, { published: '2024-05-02', ...options })
    .filter((c) => c.kind === 'money')
    .map((c) => [c.text, c.unit, c.currencyFrom]);

test('a bare $ takes the one dollar the text names, anywhere in the article', () => {
  assert.deepEqual(money('Sales were A$2 billion. Costs rose to $900 million, and 40 cents a share was paid.'), [
    ['A$2 billion', 'AUD', 'text'],
    ['$900 million', 'AUD', 'text'],
    ['40 cents', 'AUD', 'text'],
  ]);
  assert.deepEqual(money('All figures are in Canadian dollars. The plan costs $45 million.'), [
    ['$45 million', 'CAD', 'text'],
  ]);
  assert.deepEqual(money('The HK$3 billion bridge replaces a $1 billion ferry.'), [
    ['HK$3 billion', 'HKD', 'text'],
    ['$1 billion', 'HKD', 'text'],
  ]);
});

test('a bare $ stays an assumed USD where the text does not settle it', () => {
  // Two dollars named: the bare one could be either.
  assert.deepEqual(money('It paid US$5 million and C$2 million, then $1 million.'), [
    ['US$5 million', 'USD', 'text'],
    ['C$2 million', 'CAD', 'text'],
    ['$1 million', 'USD', 'default'],
  ]);
  // `a$` in lower case and `S$` inside `US$` are no names of a dollar.
  assert.deepEqual(money('The data$ column a$ sign. It cost $3 million.'), [['$3 million', 'USD', 'default']]);
  // The conversion of an Australian figure is into another currency, not into Australian dollars.
  assert.deepEqual(money('It earned A$1.5 billion ($1 billion).'), [
    ['A$1.5 billion', 'AUD', 'text'],
    ['$1 billion', 'USD', 'default'],
  ]);
  // Other currencies are never settled by the article: they are written.
  assert.deepEqual(money('It cost €4 million.', { currency: 'AUD' }), [['€4 million', 'EUR', 'text']]);
});

test('without a name in the text: the metadata, then the currency option, then USD', () => {
  const doc = parseArticle('---\ncurrency: nzd\n---\nThe stadium cost $300 million.\n', { id: 'a.md' });
  assert.deepEqual(
    extractClaims(doc, { currency: 'AUD' }).map((c) => [c.unit, c.currencyFrom]),
    [['NZD', 'metadata']],
  );
  assert.deepEqual(money('The stadium cost $300 million.', { currency: 'SGD' }), [['$300 million', 'SGD', 'default']]);
  assert.deepEqual(money('The stadium cost 300 million dollars.'), [['300 million dollars', 'USD', 'default']]);
});

test('the anniversary of an event the text dates is that date years on; of one it does not, no figure', () => {
  const dated = claimsOf('The dam burst on 3 May 2011. On the first anniversary of the burst, 40 families returned.');
  assert.equal(find(dated, 'first anniversary').value, '2012-05-03');
  const yearOnly = claimsOf(
    'The 2015 flood cut the valley off. By the fifth anniversary of the flood, 12 bridges stood.',
  );
  assert.equal(find(yearOnly, 'fifth anniversary').value, '2020');
  const undated = claimsOf('On the first anniversary of the strike, 300 workers marched.');
  assert.equal(
    undated.some((c) => c.text.includes('anniversary')),
    false,
  );
});

test('months counted from publication: last December, a year ago, two months ago', () => {
  const claims = claimsOf('In 2019 the rules changed. Prices fell last December, a year ago and two months ago.');
  assert.equal(find(claims, 'last December').value, '2023-12');
  assert.equal(find(claims, 'a year ago').value, '2023');
  assert.equal(find(claims, 'two months ago').value, '2024-01');
  // Without a publication date there is nothing to count from.
  const bare = extractClaims('Prices fell a year ago.');
  assert.equal(find(bare, 'a year ago').value, null);
  assert.match(find(bare, 'a year ago').date?.unresolved ?? '', /publication/);
});

test('a day and month without a year take the year the text last stated, when publication gives no month', () => {
  const claims = extractClaims('The treaty was drafted in 1998. It was signed on 4 May and ratified in June.', {
    published: '2024',
  });
  assert.equal(find(claims, '4 May').value, '1998-05-04');
  assert.equal(find(claims, 'June').value, '1998-06');
});

test('a range of months keeps both ends; a lone month name after a verb is no date', () => {
  const claims = claimsOf('Talks ran May–June. Officials may March on.');
  assert.deepEqual(
    claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.value]),
    [
      ['May', '2024-05'],
      ['June', '2024-06'],
    ],
  );
});

test('a year labelled by a quarter or a financial year is a date, not a count', () => {
  const claims = claimsOf('The Q3 2024 results beat Financial Year 2019 figures, while 2024 workers agreed.');
  assert.deepEqual(
    claims.map((c) => [c.text, c.kind]),
    [
      ['2024', 'date'],
      ['2019', 'date'],
      ['2024', 'count'],
    ],
  );
});

test('glued units and scales: a hyphenated percent, a scale letter beside a currency word, a flattened table row', () => {
  const claims = claimsOf(
    'A 12-percent rise cost 3m euros. Seats 305 Increase 48. The wall is 2.5m high. The fleet has Boeing 737 jets.',
  );
  assert.deepEqual(find(claims, '12-percent').value, 12);
  assert.deepEqual([find(claims, '3m euros').value, find(claims, '3m euros').unit], [3e6, 'EUR']);
  assert.equal(find(claims, '48').value, 48);
  // A scale letter without a currency is more often metres; a capitalised name before a number names a thing.
  assert.equal(
    claims.some((c) => c.value === 2.5e6),
    false,
  );
  assert.equal(
    claims.some((c) => c.text === '737'),
    false,
  );
});

test('a rate period is a period word after `a`/`per`, never a word every object knows', () => {
  const per = (s: string) => claimsOf(s).map((c) => c.per);
  assert.deepEqual(per('Fees rose to $40 per month and $300 annually.'), ['month', 'year']);
  assert.deepEqual(per('Each builder paid $500 per constructor and $20 a toString.'), [null, null]);
});
