import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoClaims, texts } from './helpers.js';

test('a number that names or codes something is no claim: labels, models, codes, times, phones, addresses', () => {
  assertNoClaims([
    'Passengers on flight 417 waited at gate 22 for the bus on route 9.',
    'The Airbus A320 and the Cessna 172 were parked beside hangar B.',
    'Doors open at 09:00, and the hotline is 555-201-7788.',
    'Her office is at 221 Harbour Street.',
    'See table 4 and footnote [12] in volume 3.',
    'The H5N1 strain and the M25 motorway were in the news.',
    'Phase 2 starts after stage 1.',
  ]);
});

test('a headline in capitals names nothing by its capitals: its numbers are still figures', () => {
  assert.deepEqual(texts('MAYOR HIRES 300 TEACHERS'), ['count 300']);
});

test('counts, years and tallies next to names are still claims', () => {
  assert.deepEqual(texts('The Harbour Board hired 40 pilots in 2023.'), ['count 40', 'date 2023']);
  assert.deepEqual(texts('Since 2024 the club has won 118-104.'), ['date 2024', 'count 118', 'count 104']);
  assert.deepEqual(texts('FY 2025 spending rose.'), ['date 2025']);
  // Money and percentages carry their unit, so the rule never asks about them.
  assert.deepEqual(texts('Route 66 tolls raised $4 million, up 5%.'), ['money $4 million', 'percent 5%']);
});
