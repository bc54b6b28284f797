import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './helpers.js';

const read = (s: string) => claimsOf(s).map((c) => `${c.kind} ${c.text} = ${c.value} ${c.unit ?? ''}`.trim());

test("a game's or an index's points stay counts: no rate or share in their clause", () => {
  assert.deepEqual(read('Okafor had a 31-point night.'), ['count 31 = 31']);
  assert.deepEqual(read('She scored 31 points in the final.'), ['count 31 = 31 points']);
  assert.deepEqual(read('They won by a margin of 12 points.'), ['count 12 = 12 points']);
  assert.deepEqual(read('The hosts held a 9-point lead at half-time.'), ['count 9 = 9']);
  assert.deepEqual(read('The share index fell 300 points.')[0], 'count 300 = 300 points');
  // A rate in another clause of the sentence does not make a player's points a rate's.
  assert.deepEqual(read('He shot 45% from the floor and scored 31 points.'), [
    'percent 45% = 45 %',
    'count 31 = 31 points',
  ]);
});

test('points of a rate or share are percent claims in pp', () => {
  assert.deepEqual(read('The jobless rate rose by 12 points.'), ['percent 12 points = 12 pp']);
  assert.deepEqual(read('Polls show a three-point fall in approval.'), ['percent three-point = 3 pp']);
  assert.deepEqual(read('Support fell 3 points to 41% in the poll.'), [
    'percent 3 points = 3 pp',
    'percent 41% = 41 %',
  ]);
  assert.deepEqual(read('Turnout was down 2.4 pp on the last vote.'), ['percent 2.4 pp = 2.4 pp']);
  assert.deepEqual(read('Her lead shrank by five percentage points.'), ['percent five percentage points = 5 pp']);
});

test('basis points are percent claims in bp, value as written', () => {
  assert.deepEqual(read('The bank raised its rate by 50 basis points.'), ['percent 50 basis points = 50 bp']);
  assert.deepEqual(read('Traders expect a 25bps cut.'), ['percent 25bps = 25 bp']);
  assert.deepEqual(read('Traders expect a 25 bp cut.'), ['percent 25 bp = 25 bp']);
  assert.deepEqual(read('It was a 75-basis-point hike.'), ['percent 75-basis-point = 75 bp']);
});

test('spelled fractions and ratios are exact shares, their denominator kept in the precision', () => {
  const [twoThirds] = claimsOf('Two thirds of members backed the plan.');
  assert.equal(twoThirds?.value, 200 / 3);
  assert.equal(twoThirds?.precision.step, 100 / 3);
  const [oneInFive] = claimsOf('One in five adults never votes.');
  assert.equal(oneInFive?.value, 20);
  assert.equal(oneInFive?.text, 'One in five');
  assert.deepEqual(read('A third of homes and half of the shops lost power.'), [
    `percent A third = ${100 / 3} %`,
    'percent half = 50 %',
  ]);
  assert.deepEqual(read('Three quarters of the vote went to the mayor.'), ['percent Three quarters = 75 %']);
  // `the second half of the season` is a period, `a third round` an ordinal: no share.
  assert.deepEqual(
    read('In the second half of the season the team improved.').filter((c) => c.startsWith('percent')),
    [],
  );
});
