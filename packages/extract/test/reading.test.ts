import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../src/index.js';

const unitOf = (sentence: string) =>
  extractClaims(sentence, { reading: 'figures' }).find((c) => c.kind === 'count')?.unit;

test('a count counts the plural noun after it, past a modifier or two, without a tagger', () => {
  const cases: [string, string | null][] = [
    ['The district hired 1,200 new teachers this spring.', 'teachers'],
    ['About 28,500 U.S. troops are based there.', 'troops'],
    ['It has at least 24,234 active-duty soldiers.', 'soldiers'],
    ['All 300 National Assembly seats are up for election.', 'seats'],
    ['The fire destroyed 430 homes in the valley.', 'homes'],
    ['Some 40 cafés line the harbour.', 'cafes'],
    ['The school has 5 children in each class.', 'children'],
    ['The ferry runs nine major routes.[1]', 'routes'],
    ['The council voted 9 to 4 for the plan.', null],
  ];
  for (const [sentence, unit] of cases) assert.equal(unitOf(sentence) ?? null, unit, sentence);
});

test('the figures reading gives the same figures as the full one, without subjects, names or attributions', () => {
  const text =
    'The Harbour Board said on Monday that 1,200 new cranes cost €4.7 billion in 2023, about 14% more than the year before.';
  const full = extractClaims(text, { published: '2024-03' });
  const fast = extractClaims(text, { published: '2024-03', reading: 'figures' });
  const figure = (c: (typeof full)[number]) => [c.kind, c.text, c.value, c.unit, c.hedge, c.period, c.position];
  assert.deepEqual(fast.map(figure), full.map(figure));
  assert.ok(
    full.some((c) => c.attribution !== null || c.subject !== null),
    'the full reading reads them',
  );
  for (const c of fast) {
    assert.equal(c.subject, null);
    assert.equal(c.attribution, null);
    assert.deepEqual(c.actors, []);
  }
});
