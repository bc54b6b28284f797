import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { addFact, type FactInput, loadLedger } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const bases = {
  'cost-sharing': readFileSync(new URL('fixtures/cost-sharing/ledger.yaml', root), 'utf8'),
  'city-budget': readFileSync(new URL('fixtures/city-budget/ledger.yaml', root), 'utf8'),
};

/** Text that YAML has opinions about: indicators, look-alike scalars, quotes, non-ASCII. */
const awkward = fc.constantFrom(
  'a: b',
  '# not a comment',
  '- not a list',
  "it's",
  '"quoted"',
  'yes',
  'null',
  '~',
  '1e3',
  '2021',
  '0x1F',
  ' leading space',
  'trailing space ',
  'two\nlines',
  'tab\there',
  '{ flow }',
  '[x]',
  '*alias',
  '&anchor',
  '!tag',
  '%',
  '@at',
  '`tick`',
  '\u201cSeoul\u201d \u2014 \u20a91.18\u00a0trillion',
  '\u{1f600}',
  'caf\u00e9',
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: awkward },
);
const amount = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const per = fc.constantFrom('year', 'quarter', 'month', 'week', 'day' as const);
const day = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A value and a period a fact of each kind can have in the base ledgers (money only in years with rates). */
const valued = fc.oneof(
  fc.record({
    kind: fc.constant('money' as const),
    value: fc.record({ amount, currency: fc.constant('USD'), per }, { requiredKeys: ['amount', 'currency'] }),
    period: fc.constantFrom('2019', '2020', '2021'),
  }),
  fc.record(
    {
      kind: fc.constant('percent' as const),
      value: fc.record({ amount, unit: fc.constant('%') }, { requiredKeys: ['amount'] }),
      period: fc.constantFrom('2019', '2020-03', '2021/2025'),
    },
    { requiredKeys: ['kind', 'value'] },
  ),
  fc.record({
    kind: fc.constantFrom('count' as const, 'duration' as const, 'ordinal' as const),
    value: fc.record({ amount, unit: text, per }, { requiredKeys: ['amount', 'unit'] }),
  }),
  fc.record({ kind: fc.constant('multiplier' as const), value: fc.record({ amount, unit: fc.constant('x') }) }),
  fc.record({ kind: fc.constant('date' as const), value: fc.record({ date: day }) }),
  fc.record({ kind: fc.constantFrom('count' as const, 'money' as const) }),
);

const fact: fc.Arbitrary<FactInput> = fc
  .tuple(
    fc.stringMatching(/^new[a-z0-9._-]{0,20}$/),
    text,
    valued,
    fc.record(
      {
        asOf: day,
        match: fc.record({ terms: fc.array(text, { minLength: 1, maxLength: 3 }) }),
        tolerance: fc.record({ relative: fc.double({ min: 0, max: 1, noNaN: true }) }),
        sources: fc.array(
          fc.record(
            { outlet: text, url: fc.webUrl(), quote: text, position: fc.constant({ start: { line: 3, column: 7 } }) },
            { requiredKeys: ['outlet'] },
          ),
          { minLength: 1, maxLength: 2 },
        ),
        note: text,
      },
      { requiredKeys: [] },
    ),
  )
  // fc.record builds null-prototype objects; a ledger reads back plain ones.
  .map(
    ([id, description, kindAndValue, rest]) =>
      structuredClone({ id, description, ...kindAndValue, ...rest }) as FactInput,
  );

test('property: addFact then loadLedger reads the fact back equal, and every other byte is as written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-roundtrip-'));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...(Object.keys(bases) as (keyof typeof bases)[])), fact, async (base, raw) => {
      const before = bases[base];
      // Money in the base ledger's own currency (city-budget has only EUR and no rates).
      const input =
        base === 'city-budget' && raw.value?.currency ? { ...raw, value: { ...raw.value, currency: 'EUR' } } : raw;
      const path = join(dir, `${base}.yaml`);
      writeFileSync(path, before);
      await addFact(path, input);
      const after = readFileSync(path, 'utf8');
      // The base ledgers end with their facts: the new one goes after the last, the rest is a prefix.
      assert.equal(after.slice(0, before.trimEnd().length), before.trimEnd());
      const ledger = await loadLedger(path);
      const read = ledger.fact(input.id);
      assert.ok(read);
      const { index: _index, position: _position, ...data } = read;
      assert.deepEqual(data, input);
      assert.deepEqual(ledger.data.facts.at(-1), input);
      assert.equal(ledger.facts.length, (await loadLedgerFacts(before, dir)) + 1);
    }),
    { numRuns: 150 },
  );
});

async function loadLedgerFacts(text: string, dir: string): Promise<number> {
  const path = join(dir, 'count.yaml');
  writeFileSync(path, text);
  return (await loadLedger(path)).facts.length;
}
