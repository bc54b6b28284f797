import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, claimsOf, find } from './helpers.js';

test('money: signs, codes, currency words, scales and spelled-out numbers', () => {
  const claims = claimsOf(
    'The fund holds $4.7 billion, KRW 1.039 trillion and 1.18 trillion won. ' +
      'A rival paid €3.5bn, another US$210 million, a third 5 million Canadian dollars. ' +
      'Officials spoke of one-point-five trillion yen and £50,000.',
  );
  assert.deepEqual(
    claims.map((c) => [c.text, c.value, c.unit]),
    [
      ['$4.7 billion', 4.7e9, 'USD'],
      ['KRW 1.039 trillion', 1.039e12, 'KRW'],
      ['1.18 trillion won', 1.18e12, 'KRW'],
      ['€3.5bn', 3.5e9, 'EUR'],
      ['US$210 million', 2.1e8, 'USD'],
      ['5 million Canadian dollars', 5e6, 'CAD'],
      ['one-point-five trillion yen', 1.5e12, 'JPY'],
      ['£50,000', 5e4, 'GBP'],
    ],
  );
  assert.ok(claims.every((c) => c.kind === 'money'));
});

test('percent: sign, word, spelled, fractions of a whole, percentage points', () => {
  const claims = claimsOf(
    'Support rose 13.9% and then 100 percent; eight-point-three percent said no. ' +
      'Three-quarters (74%) agreed and onequarter refused; rates rose 2.5 percentage points.',
  );
  assert.deepEqual(
    claims.map((c) => [c.text, c.value, c.unit]),
    [
      ['13.9%', 13.9, '%'],
      ['100 percent', 100, '%'],
      ['eight-point-three percent', 8.3, '%'],
      ['Three-quarters', 75, '%'],
      ['74%', 74, '%'],
      ['onequarter', 25, '%'],
      ['2.5 percentage points', 2.5, 'pp'],
    ],
  );
});

test('multipliers: -fold, times with a comparison, verbs that multiply', () => {
  const claims = claimsOf('They sought a five-fold rise, then a 10-fold one; costs tripled and are 3 times higher.');
  assert.deepEqual(
    claims.map((c) => [c.kind, c.text, c.value, c.unit]),
    [
      ['multiplier', 'five-fold', 5, 'x'],
      ['multiplier', '10-fold', 10, 'x'],
      ['multiplier', 'tripled', 3, 'x'],
      ['multiplier', '3 times', 3, 'x'],
    ],
  );
  // `three times a week` counts events; it is no multiplier.
  assert.equal(claimsOf('She trains three times a week.').filter((c) => c.kind === 'multiplier').length, 0);
});

test('counts carry the counted noun; durations and ordinals are marked as such', () => {
  const claims = claimsOf(
    'About 28,500 soldiers and two officials attended the seventh round of a five-year deal lasting 70 years.',
  );
  assert.deepEqual(brief(find(claims, '28,500')), {
    kind: 'count',
    text: '28,500',
    value: 28500,
    unit: 'soldiers',
    hedge: 'about',
  });
  assert.equal(find(claims, 'two').unit, 'officials');
  assert.equal(find(claims, 'seventh').kind, 'ordinal');
  assert.deepEqual([find(claims, 'five-year').kind, find(claims, 'five-year').value], ['duration', 5]);
  assert.deepEqual([find(claims, '70 years').kind, find(claims, '70 years').unit], ['duration', 'year']);
});

test('hedges: the words before a figure, longest first, and none for comparisons before dates', () => {
  const cases: [string, string, string][] = [
    ['They paid about $5 billion.', '$5 billion', 'about'],
    ['They paid some $800 million.', '$800 million', 'about'],
    ['They paid an estimated $4 billion.', '$4 billion', 'about'],
    ['They paid nearly $5 billion.', '$5 billion', 'nearly'],
    ['They paid just under $5 billion.', '$5 billion', 'nearly'],
    ['They may pay up to 400% more.', '400%', 'up-to'],
    ['It took more than 10 rounds.', '10', 'more-than'],
    ['It took at least 12 rounds.', '12', 'at-least'],
    ['It took fewer than 9 rounds.', '9', 'less-than'],
    ['It took 20 rounds or more.', '20', 'at-least'],
    ['Under the 2019 deal, they paid $870 million.', '2019', 'none'],
  ];
  for (const [text, figure, hedge] of cases) {
    assert.equal(find(claimsOf(text), figure).hedge, hedge, text);
  }
});

test('a negated comparison bounds the figure from the other side, within its clause', () => {
  const cases: [string, string, string, string][] = [
    ['The levy may raise not more than $20 million.', '$20 million', 'up-to', 'not more than'],
    ['The city will not be allowed to borrow more than $5 billion a year.', '$5 billion', 'up-to', 'more than'],
    ['Each squad keeps not fewer than 18 players.', '18', 'at-least', 'not fewer than'],
    ["The club hasn't paid less than 3% in fees.", '3%', 'at-least', 'less than'],
    // The negation belongs to another clause, or is `not only`.
    ['The mayor did not say that more than 300 staff left.', '300', 'more-than', 'more than'],
    ['Not only did more than 40 teams enter, they all finished.', '40', 'more-than', 'more than'],
    ['It did not rain, and more than 30 fans stayed.', '30', 'more-than', 'more than'],
  ];
  for (const [text, figure, hedge, words] of cases) {
    const c = find(claimsOf(text), figure);
    assert.deepEqual([c.hedge, c.hedgeText], [hedge, words], text);
  }
});

test('rate periods: a year, annually, per month', () => {
  const claims = claimsOf('They pay $4.7 billion a year, $1 billion annually and $5 per month, once $9.');
  assert.deepEqual(
    claims.map((c) => [c.text, c.per]),
    [
      ['$4.7 billion', 'year'],
      ['$1 billion', 'year'],
      ['$5', 'month'],
      ['$9', null],
    ],
  );
});

test('ranges with the unit written once, and pairs written in full', () => {
  const claims = claimsOf(
    'Damage was $1-2 billion; support was between 5 and 7 percent; it grew from $800 million to $1 billion.',
  );
  assert.deepEqual(find(claims, '$1-2 billion').range, { low: 1e9, high: 2e9 });
  assert.equal(find(claims, '$1-2 billion').value, 1e9);
  assert.deepEqual(find(claims, '5 and 7 percent').range, { low: 5, high: 7 });
  assert.deepEqual(find(claims, '$800 million').change, { direction: 'increase', from: 8e8, to: 1e9 });
  assert.deepEqual(find(claims, '$1 billion').change, { direction: 'increase', from: 8e8, to: 1e9 });
});

test('a parenthetical conversion is its own claim, linked to the figure it converts', () => {
  const claims = claimsOf('The ministry will pay 1.18 trillion won ($1.04 billion at then-current rates) in 2021.');
  const won = find(claims, '1.18 trillion won');
  const usd = find(claims, '$1.04 billion');
  assert.equal(usd.conversionOf, won.id);
  assert.equal(won.conversionOf, undefined);
  assert.equal(usd.period, '2021');
});

test('precision: the place value the writer committed to', () => {
  const claims = claimsOf('It costs $4.7 billion, or $5 billion, up 13.9% or 14%.');
  assert.equal(find(claims, '$4.7 billion').precision.step, 1e8);
  assert.equal(find(claims, '$5 billion').precision.step, 1e9);
  assert.ok(Math.abs((find(claims, '13.9%').precision.step as number) - 0.1) < 1e-12);
  assert.equal(find(claims, '14%').precision.step, 1);
});

test('attribution: according to, X reported, said X', () => {
  assert.equal(
    find(claimsOf('CNN reported that the demand was $4.7 billion.'), '$4.7 billion').attribution?.text,
    'CNN',
  );
  assert.equal(
    find(claimsOf('The gap is 10%, according to two US officials.'), '10%').attribution?.text,
    'two US officials',
  );
});

test('`between A and B` makes both ends one range, sharing the period written after the second', () => {
  const claims = claimsOf('It could cost between $5 billion and $7 billion annually.');
  assert.deepEqual(find(claims, '$5 billion').range, { low: 5e9, high: 7e9 });
  assert.equal(find(claims, '$5 billion').per, 'year');
});

test('currency subunits: 62 cents is 0.62 dollars', () => {
  assert.deepEqual(brief(find(claimsOf('Crude rose 62 cents, or 0.8%.'), '62 cents')), {
    kind: 'money',
    text: '62 cents',
    value: 0.62,
    unit: 'USD',
    hedge: 'none',
  });
});

test('bare multipliers count only when they compare or act as the verb', () => {
  const found = (text: string) =>
    claimsOf(text)
      .filter((c) => c.kind === 'multiplier')
      .map((c) => c.text);
  assert.deepEqual(found('Reserves are twice the level the state asks for.'), ['twice']);
  assert.deepEqual(found('Tariffs are set to double next year.'), ['double']);
  assert.deepEqual(found('He served twice, in a double-digit role.'), []);
});

test('a headline in capitals is not mistaken for names before numbers', () => {
  assert.deepEqual(
    claimsOf('CITY COUNCIL APPROVES 2025 BUDGET').map((c) => [c.kind, c.value]),
    [['date', '2025']],
  );
});

test('actors: the names around a figure', () => {
  const claim = find(
    claimsOf('Seoul agreed to pay $900 million to U.S. Forces Korea, the State Department said.'),
    '$900 million',
  );
  assert.ok(claim.actors.includes('U.S. Forces Korea'), JSON.stringify(claim.actors));
  assert.ok(claim.actors.includes('State Department'), JSON.stringify(claim.actors));
});

test('shares written as ratios or halves are percentages', () => {
  const claims = claimsOf(
    'One in four adults reported symptoms; nearly half of respondents agreed in the first half of 2024.',
  );
  assert.deepEqual(
    claims.map((c) => [c.kind, c.text, c.value, c.hedge]),
    [
      ['percent', 'One in four', 25, 'none'],
      ['percent', 'half', 50, 'nearly'],
      ['date', '2024', '2024', 'none'],
    ],
  );
});

test('abbreviated and hyphenated scales; a one-letter scale needs a currency sign', () => {
  const claims = claimsOf('It cost $5-million and €3m; the 100m sprint was run.');
  assert.deepEqual(
    claims.map((c) => [c.kind, c.text, c.value]),
    [
      ['money', '$5-million', 5e6],
      ['money', '€3m', 3e6],
      ['count', '100', 100],
    ],
  );
});

test('precision: trailing zeros of a large or scaled figure are rounding; a same-scale pair shares its step', () => {
  const claims = claimsOf(
    'It paid $800 million to 28,500 people in 300 towns; aid went from €100 million to €120 million.',
  );
  assert.equal(find(claims, '$800 million').precision.step, 1e8);
  assert.equal(find(claims, '28,500').precision.step, 100);
  assert.equal(find(claims, '300').precision.step, 1);
  assert.equal(find(claims, '€100 million').precision.step, 1e7);
});

test('scale words in a row multiply: lakh crore', () => {
  assert.deepEqual(brief(find(claimsOf('The state set aside ₹1.5 lakh crore for roads.'), '₹1.5 lakh crore')), {
    kind: 'money',
    text: '₹1.5 lakh crore',
    value: 1.5e12,
    unit: 'INR',
    hedge: 'none',
  });
});
