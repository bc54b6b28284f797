import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '@factledger/core';
import { readArticle } from '@factledger/parse';
import { extractClaims } from '../src/index.js';

// Two articles we wrote in genres of their own (a statistics release with points and basis
// points, a sports report whose points are a game's), each claim checked by hand against the
// text: where it starts (line:column in the file), kind, span, value, unit, hedge, precision step
// and range ends. Subjects are pinned where the sentence names one.
const dir = new URL('../../../fixtures/genres/', import.meta.url);

const pin = (c: Claim): string => {
  const range = c.range ? ` ${c.range.low}..${c.range.high}` : '';
  const step = c.precision.step ?? c.precision.unit;
  return `${c.position.start.line}:${c.position.start.column} ${c.kind} "${c.text}" ${c.value} ${c.unit} ${c.hedge} ${step}${range}`;
};

async function claimsIn(name: string, published?: string): Promise<Claim[]> {
  const doc = await readArticle(new URL(name, dir).pathname);
  return extractClaims(doc, published ? { published } : {});
}

test('statistics release: points of rates are pp, basis points bp, fractions exact, ranges and bounds kept', async () => {
  const claims = await claimsIn('statistics-release.md');
  assert.deepEqual(claims.map(pin), [
    '6:35 date "September 2025" 2025-09 null none month',
    '8:39 percent "0.4 percentage points" 0.4 pp none 0.1',
    '8:64 percent "5.1%" 5.1 % none 0.1',
    '8:76 ordinal "third" 3 quarter none 1',
    '9:27 date "Wednesday" 2025-11-12 null none day',
    '11:29 percent "2 points" 2 pp none 1',
    '11:56 percent "71.8%" 71.8 % none 0.1',
    `13:1 percent "Two thirds" ${200 / 3} % none ${100 / 3}`,
    '13:48 percent "one in five" 20 % none 20',
    '15:41 percent "25 basis points" 25 bp none 1',
    '15:60 date "September" 2025-09 null none month',
    '15:79 percent "50bp" 50 bp none 1',
    '15:91 date "June" 2025-06 null none month',
    '17:36 percent "3%" 3 % at-least 1 3..4',
    '17:43 percent "4%" 4 % up-to 1 3..4',
    '17:75 count "40" 40 firms at-least 1',
    '19:38 percent "12%" 12 % up-to 1',
  ]);
  const subject = (text: string) => claims.find((c) => c.text === text)?.subject;
  assert.equal(subject('3%'), 'Average weekly pay');
  assert.equal(subject('12%'), 'Youth unemployment');
});

test("sports report: a game's points stay counts, a winning percentage's points are pp", async () => {
  const claims = await claimsIn('sports-report.txt', '2025-11-16');
  assert.deepEqual(claims.map(pin), [
    '3:30 count "31" 31 null none 1',
    // The score, highest first, is the two sides' points: two counts.
    '3:75 count "118" 118 null none 1',
    '3:79 count "104" 104 null none 1',
    '4:23 date "Saturday" 2025-11-15 null none day',
    '6:14 count "31" 31 points none 1',
    // `five 3-pointers` counts five shots; the 3 names the shot. `one of them` is a pronoun.
    '6:33 count "five" 5 null none 1',
    '8:16 percent "52%" 52 % none 1',
    '8:57 count "19" 19 points up-to 1',
    '8:74 ordinal "third" 3 quarter none 1',
    '10:49 percent "4 points" 4 pp none 1',
    '10:61 percent "61%" 61 % none 1',
    '12:12 count "14,250" 14250 fans none 10',
    '12:39 count "2,000" 2000 fans about 1000',
  ]);
  assert.equal(claims.find((c) => c.text === '52%')?.subject, 'Gulls');
  assert.equal(claims.find((c) => c.text === '118')?.subject, 'Harbour City Gulls');
});
