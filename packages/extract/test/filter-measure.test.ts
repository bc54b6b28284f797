import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoClaims, texts } from './helpers.js';

test('measurements are no counts: distance, mass, rainfall, temperature, a reading on a scale', () => {
  assertNoClaims([
    'The ferry sailed 42 km and then 9 miles up the estuary.',
    'Each parcel weighed 0.5 g, each crate 12 kg and the whole load 3 tonnes.',
    'Rain averages 640 mm a year there.',
    'The thermometer read 38 °C at noon.',
    'A magnitude 5.4 tremor was felt inland.',
    'The sample held 10 gm of resin.',
    'They ran a 10-mile loop.',
  ]);
});

test('counts, money and shares next to a measurement are still claims', () => {
  assert.deepEqual(texts('The 42 km road cost $3 million and took 40 workers.'), ['money $3 million', 'count 40']);
  // A number of things measured is a count of the things: `12 crates`, not `12 kg`.
  assert.deepEqual(texts('Inspectors opened 12 crates of 20 kg each.'), ['count 12']);
  assert.deepEqual(texts('Rainfall was 8% above the average.'), ['percent 8%']);
});
