import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkLedger, InvalidLedgerError, loadLedger, parseLedger } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const costSharing = `${root}fixtures/cost-sharing/ledger.yaml`;

/** `line:column: message` for each error, the part of the CLI's output a test can pin. */
async function errorsOf(path: string): Promise<string[]> {
  const text = readFileSync(path, 'utf8');
  const result = checkLedger(text, { file: 'L' });
  return result.errors.map((e) => e.format().replace(/^L:/, ''));
}

test('the cost-sharing fixture ledger validates and computes its derived facts', async () => {
  const ledger = await loadLedger(costSharing);
  // Every `- id:` under `facts:` in the file, derived ones included.
  const written = readFileSync(costSharing, 'utf8')
    .split('\nfacts:\n')[1]
    ?.match(/^ {2}- id: /gm)?.length;
  assert.equal(ledger.facts.length, written);
  const increase = ledger.fact('increase-2021');
  assert.equal(increase?.value?.unit, '%');
  assert.equal(increase?.value?.amount?.toFixed(1), '13.9');
  const multiple = ledger.fact('us-demand-multiple');
  assert.equal(multiple?.value?.unit, 'x');
  // 4.7e9 over 1.0389e12 won at 1,166 won per dollar: a little over five-fold.
  assert.ok(multiple?.value?.amount && multiple.value.amount > 5 && multiple.value.amount < 5.5);
  assert.equal(ledger.fact('us-revised-demand')?.value, undefined);
  assert.equal(ledger.fact('troop-level')?.value?.amount, 28500);
  assert.deepEqual(ledger.fact('troop-level')?.position?.start.line, 228);
});

test('the seventh round of 2020 and the seventh round of 2024 are different facts', async () => {
  const ledger = await loadLedger(costSharing);
  const rounds = ledger.facts.filter((f) => f.kind === 'ordinal' && f.value?.amount === 7);
  assert.deepEqual(
    rounds.map((f) => [f.id, f.match?.period]),
    [
      ['talks-2020-round-7', '2020'],
      ['talks-2024-round-7', '2024'],
    ],
  );
});

test('rateAt finds the yearly rate for a date, a month or a year, either way round', async () => {
  const ledger = await loadLedger(costSharing);
  assert.equal(ledger.rateAt('KRW', '2019-07-01')?.rate, 1166);
  assert.equal(ledger.rateAt('KRW', '2020-03')?.rate, 1180);
  assert.equal(ledger.rateAt('KRW', '2021', 'USD')?.rate, 1144);
  assert.equal(ledger.rateAt('USD', '2021', 'KRW')?.rate, 1 / 1144);
  assert.equal(ledger.rateAt('KRW', '2030'), undefined);
  assert.equal(ledger.rateAt('KRW', 'not a date'), undefined);
  assert.equal(Math.round((ledger.convert(1.1833e12, 'KRW', 'USD', '2021') ?? 0) / 1e7), 103);
  assert.equal(ledger.convert(5, 'USD', 'USD', '2040'), 5);
});

test("rateAt gives the entry's tolerance relative to the rate, either way round", () => {
  const ledger = parseLedger(
    [
      'topic: t',
      'rates:',
      '  - { currency: KRW, per: USD, rate: 1100, period: "2018", tolerance: { absolute: 22 } }',
      '  - { currency: KRW, per: USD, rate: 1000, period: "2017", tolerance: { relative: 0.01, absolute: 5 } }',
      '  - { currency: KRW, per: USD, rate: 1200, period: "2016" }',
      'facts: []',
    ].join('\n'),
  );
  // 22 won on 1,100 is 2%; a won-per-dollar band of ±2% is, to first order, ±2% in dollars per won.
  assert.equal(ledger.rateAt('KRW', '2018', 'USD')?.tolerance, 0.02);
  assert.equal(ledger.rateAt('USD', '2018', 'KRW')?.tolerance, 0.02);
  // Both given: the larger, as for a fact (5 won on 1,000 is 0.5%, below 1%).
  assert.equal(ledger.rateAt('KRW', '2017')?.tolerance, 0.01);
  // None given: none on the quote, so the reader's default applies.
  assert.equal(ledger.rateAt('KRW', '2016')?.tolerance, undefined);
  assert.ok(!('tolerance' in (ledger.rateAt('KRW', '2016') ?? {})));
  // A rate's tolerance is checked like a fact's.
  const bad = checkLedger(
    [
      'topic: t',
      'rates:',
      '  - { currency: KRW, per: USD, rate: 1100, period: "2018", tolerance: { relative: -1 } }',
      '  - { currency: KRW, per: USD, rate: 1100, period: "2017", tolerance: {} }',
      'facts: []',
    ].join('\n'),
    { file: 'L' },
  );
  assert.deepEqual(
    bad.errors.map((e) => e.format()),
    [
      'L:3:83: rates[0].tolerance.relative: -1 must be >= 0',
      'L:4:71: rates[1].tolerance: needs `relative` or `absolute`',
    ],
  );
});

test('a period that spans several rate periods uses the one nearest its middle', () => {
  const ledger = parseLedger(
    [
      'topic: t',
      'rates:',
      '  - { currency: SEK, per: EUR, rate: 10, period: "2020" }',
      '  - { currency: SEK, per: EUR, rate: 11, date: 2021-06-30 }',
      'facts: []',
    ].join('\n'),
  );
  assert.equal(ledger.rateAt('SEK', '2021-06-30')?.rate, 11);
  assert.equal(ledger.rateAt('SEK', '2020/2021-12')?.rate, 11);
  assert.equal(ledger.rateAt('SEK', '2020-02-29')?.rate, 10);
  // Through a shared currency: SEK → EUR → NOK.
  const bridged = parseLedger(
    [
      'topic: t',
      'rates:',
      '  - { currency: SEK, per: EUR, rate: 10, period: "2020" }',
      '  - { currency: NOK, per: EUR, rate: 5, period: "2020" }',
      'facts: []',
    ].join('\n'),
  );
  assert.equal(bridged.convert(100, 'SEK', 'NOK', '2020'), 50);
});

test('the second fixture ledger validates', async () => {
  const ledger = await loadLedger(`${root}fixtures/city-budget/ledger.yaml`);
  assert.equal(ledger.fact('budget-added-2024')?.value?.amount, 1.3e8);
  assert.equal(ledger.fact('budget-added-2024')?.value?.currency, 'EUR');
});

// Each broken copy of the cost-sharing ledger, pinned to its exact errors and places.
const broken: [string, string[]][] = [
  [
    'ledger-bad-currency.yaml',
    [
      "44:44: facts[0].value.currency: 'USDD' is not an ISO 4217 code (use a three-letter code such as USD, EUR or KRW)",
    ],
  ],
  [
    'ledger-unknown-currency.yaml',
    ["109:41: facts[4].value.currency: 'XYZ' is not an ISO 4217 code (use a code such as USD, EUR or KRW)"],
  ],
  ['ledger-duplicate-id.yaml', ['106:9: facts[4].id: duplicate id `contribution-2021` (first at line 90)']],
  ['ledger-unknown-entity.yaml', ['189:24: facts[10].match.entities[1]: unknown entity `usa` (did you mean `us`?)']],
  [
    'ledger-missing-rate.yaml',
    [
      '74:40: facts[2].value.currency: no rate converts USD to KRW for 2020 (add a rate for that date or period under `rates`)',
      '148:40: facts[7].value.currency: no rate converts USD to KRW for 2020 (add a rate for that date or period under `rates`)',
    ],
  ],
  [
    'ledger-derived-cycle.yaml',
    [
      '124:14: facts[5].derived: derived facts form a cycle: increase-2021 → us-demand-multiple → increase-2021 (a derived fact must rest on facts with values)',
      '167:14: facts[8].derived: derived facts form a cycle: increase-2021 → us-demand-multiple → increase-2021 (a derived fact must rest on facts with values)',
    ],
  ],
  [
    'ledger-derived-dangling.yaml',
    ['124:65: facts[5].derived.to: unknown fact `contribution-2012` (refer to the id of a fact in this ledger)'],
  ],
  [
    'ledger-derived-kind.yaml',
    [
      '124:42: facts[5].derived.from: `sma10-expiry` is a date fact; a percent-change needs numbers (money, percent, count, multiplier or duration)',
    ],
  ],
  [
    'ledger-derived-result-kind.yaml',
    ['166:11: facts[8].kind: a ratio of money facts is a multiplier fact, not percent'],
  ],
  ['ledger-unknown-property.yaml', ['187:5: facts[10].valeu: unknown property `valeu` (did you mean `value`?)']],
  [
    'ledger-bad-period.yaml',
    [
      "234:13: facts[14].period: '2020-13' is not a period (write a year, month or day (2019, 2019-03, 2019-03-08) or START/END of those)",
    ],
  ],
  ['ledger-missing-currency.yaml', ['152:12: facts[7].value: missing `currency` for this kind of fact']],
  ['ledger-duplicate-key.yaml', ['187:5: duplicate key `kind` (keep one of them)']],
  ['ledger-alias.yaml', ['22:14: aliases (`*names`) are not allowed in a ledger (write the value out)']],
  [
    'ledger-bad.json',
    [
      "164:21: facts[3].value.currency: 'USDD' is not an ISO 4217 code (use a three-letter code such as USD, EUR or KRW)",
      '270:7: facts[6].valeu: unknown property `valeu` (did you mean `value`?)',
    ],
  ],
];

for (const [name, expected] of broken) {
  test(`broken fixture ${name} fails with its errors, each at its line:column`, async () => {
    assert.deepEqual(await errorsOf(fixture(name)), expected);
  });
}

test('errors carry the JSON pointer as well as the place', () => {
  const text = readFileSync(fixture('ledger-bad.json'), 'utf8');
  const result = checkLedger(text, { file: 'ledger-bad.json' });
  assert.deepEqual(
    result.errors.map((e) => [e.pointer, e.code, e.file, e.position?.start.line]),
    [
      ['/facts/3/value/currency', 'invalid-ledger', 'ledger-bad.json', 164],
      ['/facts/6/valeu', 'invalid-ledger', 'ledger-bad.json', 270],
    ],
  );
});

test('parseLedger throws one InvalidLedgerError carrying every problem', () => {
  const text = readFileSync(fixture('ledger-missing-rate.yaml'), 'utf8');
  assert.throws(
    () => parseLedger(text, { file: 'x.yaml' }),
    (error: unknown) => {
      assert.ok(error instanceof InvalidLedgerError);
      assert.equal(error.errors.length, 2);
      assert.match(error.message, /\(and 1 more\)$/);
      assert.equal(error.format().split('\n').length, 2);
      assert.match(error.format(), /^x\.yaml:74:40: /);
      return true;
    },
  );
});

test('schema errors are all reported at once, in file order', () => {
  const text = [
    'topic: ""',
    'facts:',
    '  - id: Bad Id',
    '    kind: money',
    '    description: x',
    '    value: { amount: "12", currency: usd }',
    '  - id: b',
    '    kind: sum',
    '    description: y',
    '    tolerance: {}',
    '    sources: [{ outlet: o, url: "not a url", published: 2024-02-30 }]',
    '  - id: c',
    '    kind: percent',
    '    description: z',
    '    value: { amount: 1 }',
    '    derived: { op: ratio, from: a, to: b }',
  ].join('\n');
  assert.deepEqual(
    checkLedger(text).errors.map((e) => e.format()),
    [
      '1:8: topic: must not be empty',
      "3:9: facts[0].id: 'Bad Id' is not a valid id (use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit)",
      "6:22: facts[0].value.amount: expected a number, got '12'",
      "6:38: facts[0].value.currency: 'usd' is not an ISO 4217 code (use a three-letter code such as USD, EUR or KRW)",
      "8:11: facts[1].kind: 'sum' is not one of money, percent, count, multiplier, date, duration, ordinal",
      '10:16: facts[1].tolerance: needs `relative` or `absolute`',
      "11:33: facts[1].sources[0].url: 'not a url' is not a URL (write an absolute URL, e.g. https://example.org/story)",
      "11:57: facts[1].sources[0].published: '2024-02-30' is not a date (write it as YYYY-MM-DD)",
      '12:5: facts[2]: has both `value` and `derived` (a derived fact is computed from its two facts: remove `value`)',
    ],
  );
});

test('CRLF line endings and a BOM do not move the reported column', () => {
  const lines = [
    'topic: t',
    'facts:',
    '  - { id: a, kind: money, description: d, value: { amount: 1, currency: USDD } }',
  ];
  for (const text of [lines.join('\r\n'), `\uFEFF${lines.join('\n')}`, `\uFEFF${lines.join('\r\n')}`]) {
    assert.deepEqual(
      checkLedger(text).errors.map((e) => `${e.position?.start.line}:${e.position?.start.column}`),
      ['3:73'],
    );
  }
  const bom = checkLedger('\uFEFFtopic: [x]\nfacts: []\n');
  assert.deepEqual(
    bom.errors.map((e) => e.format()),
    ['1:8: topic: expected text, got a list'],
  );
});

test('an empty ledger and a syntax error get a clear message', () => {
  assert.deepEqual(
    checkLedger('').errors.map((e) => e.format()),
    ['1:1: the ledger is empty (start from the example in the ledger README)'],
  );
  assert.deepEqual(
    checkLedger('topic: t\nfacts: [\n').errors.map((e) => e.format()),
    checkLedger('topic: t\nfacts: [\n').errors.map((e) => e.format()),
  );
  const syntax = checkLedger('topic: t\nfacts: [a, b\n', { file: 'f.yaml' });
  assert.equal(syntax.ok, false);
  assert.match(syntax.errors[0]?.format() ?? '', /^f\.yaml:\d+:\d+: cannot parse: /);
});

test('semantic checks run over the well-formed parts of a ledger with schema errors, without knock-on errors', () => {
  const text = [
    'topic: t',
    'entities:',
    '  - { id: city, name: City }',
    '  - { id: port, nmae: Port }',
    'facts:',
    '  - { id: a, description: A, kind: count, value: { amount: 1, unit: x } }',
    '  - { id: a, description: again, kind: count, value: { amount: 2, unit: x } }',
    '  - { id: b, description: B, kind: count, valeu: { amount: 3, unit: x } }',
    '  - { id: c, description: C, kind: percent, derived: { op: percent-change, from: a, to: b } }',
    '  - { id: d, description: D, kind: count, match: { entities: [citty, port] } }',
    '  - { id: e, description: E, kind: money, value: { amount: 1, currency: XYZ } }',
    '',
  ].join('\n');
  const check = checkLedger(text, { file: 'l.yaml' });
  assert.equal(check.ok, false);
  assert.deepEqual(
    check.errors.map((e) => e.format()),
    [
      'l.yaml:4:5: entities[1]: missing `name`',
      'l.yaml:4:17: entities[1].nmae: unknown property `nmae` (did you mean `name`?)',
      'l.yaml:7:11: facts[1].id: duplicate id `a` (first at line 6)',
      'l.yaml:8:43: facts[2].valeu: unknown property `valeu` (did you mean `value`?)',
      // Not reported: `c` derived from the broken `b`, and `port`, an entity with a schema problem.
      'l.yaml:10:63: facts[4].match.entities[0]: unknown entity `citty` (did you mean `city`?)',
      "l.yaml:11:73: facts[5].value.currency: 'XYZ' is not an ISO 4217 code (use a code such as USD, EUR or KRW)",
    ],
  );
});
