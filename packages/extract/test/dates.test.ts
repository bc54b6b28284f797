import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, find } from './helpers.js';

const dates = (text: string, published?: string) =>
  claimsOf(text, published)
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.value]);

test('absolute dates at the precision the text states', () => {
  assert.deepEqual(
    dates('It expired on December 31, 2018, began in March of 2021, on 4 July 1976, in 2016 and on Jan. 4, 2024.'),
    [
      ['December 31, 2018', '2018-12-31'],
      ['March of 2021', '2021-03'],
      ['4 July 1976', '1976-07-04'],
      ['2016', '2016'],
      ['Jan. 4, 2024', '2024-01-04'],
    ],
  );
});

test('edges of periods: end of 2025 is its last day, end of August stays a month', () => {
  assert.deepEqual(dates('It lasts until the end of 2025; talks ended at the end of August.', '2024-09'), [
    ['end of 2025', '2025-12-31'],
    ['end of August', '2024-08'],
  ]);
  assert.deepEqual(dates('A deal before the end of the year.', '2024-09'), [['end of the year', '2024-12-31']]);
});

test('relative dates resolve against the publication date', () => {
  assert.deepEqual(
    dates(
      'Last year they met; earlier this month and early next month they meet; later this year, a vote.',
      '2020-01-24',
    ),
    [
      ['Last year', '2019'],
      ['earlier this month', '2020-01'],
      ['early next month', '2020-02'],
      ['later this year', '2020'],
    ],
  );
});

test('a month or day without a year takes the year nearest the publication date', () => {
  assert.deepEqual(dates('The deal expired December 31 and a vote is due April 15.', '2020-03-11'), [
    ['December 31', '2019-12-31'],
    ['April 15', '2020-04-15'],
  ]);
});

test('a month or day without a year, with no publication date, is in the year the text last stated', () => {
  assert.deepEqual(
    dates('On 4 May 2019 the library opened. On 20 May, it closed for repairs. In June, it reopened.', ''),
    [
      ['4 May 2019', '2019-05-04'],
      ['20 May', '2019-05-20'],
      ['June', '2019-06'],
    ],
  );
  // A publication year alone says nothing about which side of it the month falls.
  assert.deepEqual(dates('On March 3, 2023, the club signed a striker, who first played on April 9.', '2025'), [
    ['March 3, 2023', '2023-03-03'],
    ['April 9', '2023-04-09'],
  ]);
});

test('with a publication month, a yearless date takes the year its own sentence stated, else the nearest', () => {
  assert.deepEqual(dates('The council passed the levy on May 4, 2019, and it took effect on May 20.', '2024-03-15'), [
    ['May 4, 2019', '2019-05-04'],
    ['May 20', '2019-05-20'],
  ]);
  // A year stated in an earlier sentence, or one that is only a comparison, does not move it.
  assert.deepEqual(dates('The stadium opened in 2016. Its lease expired December 31.', '2020-03-11'), [
    ['2016', '2016'],
    ['December 31', '2019-12-31'],
  ]);
  // A deadline bounds a period; it is not the time the sentence is at.
  assert.deepEqual(dates('The grant runs until 2027, and the first payment came on June 2.', '2024-09-10'), [
    ['2027', '2027'],
    ['June 2', '2024-06-02'],
  ]);
});

test('a yearless date with no year anywhere and no publication date stays unresolved', () => {
  const [c] = claimsOf('The fair opens on 12 August.', '').filter((x) => x.kind === 'date');
  assert.equal(c?.value, null);
  assert.match(c?.date?.unresolved ?? '', /no year/);
});

test('`the next year` counts from the year the text is talking about, not a comparison baseline', () => {
  const claims = claimsOf(
    'In 2021 they paid more, an increase from 2019. They paid 5.4% more the next year.',
    '2024-01',
  );
  assert.equal(find(claims, 'next year').value, '2022');
});

test('a range of days keeps both ends, each a date with its own span', () => {
  assert.deepEqual(dates('The festival runs June 12-14 in the park.', '2024-03-15'), [
    ['June 12', '2024-06-12'],
    ['14', '2024-06-14'],
  ]);
  // The year written after the range belongs to both ends; day-first ranges name the month once, last.
  assert.deepEqual(dates('Trials ran on May 3-5, 2021 and again 9-11 October 2022.', '2024-03-15'), [
    ['May 3', '2021-05-03'],
    ['5, 2021', '2021-05-05'],
    ['9', '2022-10-09'],
    ['11 October 2022', '2022-10-11'],
  ]);
  assert.deepEqual(dates('The league ran from 1998-2004.', '2024-03-15'), [
    ['1998', '1998'],
    ['2004', '2004'],
  ]);
});

test('numbers around a date that are no range of days stay what they are', () => {
  const claims = claimsOf('The home side lost 7-9 on June 12, and the June 30 - July 2 tour sold out.', '2024-03-15');
  assert.deepEqual(
    claims.map((c) => [c.kind, c.text]),
    [
      ['count', '7-9'],
      ['date', 'June 12'],
      ['date', 'June 30'],
      ['date', 'July 2'],
    ],
  );
});

test('yesterday and tomorrow count from the publication day, and need it', () => {
  assert.deepEqual(dates('Yesterday, the team won; the parade is tomorrow.', '2024-03-01'), [
    ['Yesterday', '2024-02-29'],
    ['tomorrow', '2024-03-02'],
  ]);
  assert.deepEqual(dates('Yesterday, the team won.', '2024-03'), [['Yesterday', null]]);
});

test('`earlier that year` and `later that year` are the year the text was talking about', () => {
  assert.deepEqual(dates('The mayor took office in 2019; later that year she cut fares.', '2024-03-15'), [
    ['2019', '2019'],
    ['later that year', '2019'],
  ]);
  // `that year` alone is a noun phrase (`That year was hard`), not a date the writer placed.
  assert.deepEqual(dates('That year was hard for the club.', '2024-03-15'), []);
});

test('relative dates without a publication date are kept, unresolved, with the reason', () => {
  const [c] = claimsOf('They met last year.', '').filter((x) => x.kind === 'date');
  assert.equal(c?.value, null);
  assert.match(c?.date?.unresolved ?? '', /publication date/);
});

test('a weekday resolves to the latest such day on or before publication', () => {
  assert.deepEqual(dates('Officials said on Tuesday that talks continue.', '2024-01-18'), [['Tuesday', '2024-01-16']]);
});

test('month names that are other words are not dates', () => {
  assert.deepEqual(dates('They may march on. May I ask? Protesters march.'), []);
  assert.deepEqual(dates('The vote is in May.', '2024-03-15'), [['May', '2024-05']]);
});

test('a month of a relative year', () => {
  assert.deepEqual(dates('Prices rose the most since March of last year.', '2024-06-10'), [
    ['March of last year', '2023-03'],
  ]);
});

test('a span of years is two dates, not a phone number or a code', () => {
  assert.deepEqual(dates('The dynasty ruled from 1368-1644.'), [
    ['1368', '1368'],
    ['1644', '1644'],
  ]);
});

test('ISO dates in the text', () => {
  assert.deepEqual(dates('The rule took effect on 2024-01-15, for fiscal 2023-24.'), [
    ['2024-01-15', '2024-01-15'],
    ['2023', '2023'],
  ]);
});
