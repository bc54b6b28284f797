import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '@factledger/core';
import { claimsOf } from './helpers.js';

const nines = '9'.repeat(400);

/** Every number a claim carries, which JSON must be able to hold. */
function numbers(claims: Claim[]): number[] {
  return claims.flatMap((c) => [
    ...(typeof c.value === 'number' ? [c.value] : []),
    ...(c.range ? [c.range.low, c.range.high] : []),
    ...(c.precision.step === undefined ? [] : [c.precision.step]),
  ]);
}

test('400 digits are no figure: no claim with an Infinity value, and the figures around it stay', () => {
  const claims = claimsOf(`The fund paid $${nines} billion, ${nines}% more, and then $5 million.`);
  assert.deepEqual(
    claims.map((c) => c.text),
    ['$5 million'],
  );
});

test('a range whose upper end overflows is no range', () => {
  const claims = claimsOf(`Between 1 and ${nines} people came, and 40 stayed.`);
  assert.ok(
    numbers(claims).every((n) => Number.isFinite(n)),
    JSON.stringify(claims.map((c) => [c.text, c.value, c.range])),
  );
  assert.ok(claims.some((c) => c.text === '40' && c.value === 40));
});

test('400 zeros after the point give no figure with a precision step of 0', () => {
  const claims = claimsOf(`Rates of 0.${'0'.repeat(400)}1% were seen, and 3% later.`);
  assert.ok(
    claims.every((c) => c.precision.step === undefined || c.precision.step > 0),
    JSON.stringify(claims.map((c) => [c.text, c.precision])),
  );
  assert.ok(claims.some((c) => c.text === '3%' && c.value === 3));
});

test('scale words that multiply past what a double holds give no figure', () => {
  const claims = claimsOf(`It owes $5${' trillion'.repeat(30)} and $2 billion.`);
  assert.ok(numbers(claims).every((n) => Number.isFinite(n)));
  assert.deepEqual(
    claims.map((c) => c.text),
    ['$2 billion'],
  );
});

test('a spelled number with 400 digits after `point` gives no figure with a step of 0', () => {
  const claims = claimsOf(`Rates were one point ${nines} percent, then 4%.`);
  assert.ok(
    claims.every((c) => c.precision.step === undefined || c.precision.step > 0),
    JSON.stringify(claims.map((c) => [c.text, c.precision])),
  );
  assert.ok(claims.some((c) => c.text === '4%' && c.value === 4));
});
