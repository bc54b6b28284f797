import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseLedger } from '@factledger/ledger';
import { runCommand } from '../src/cli.js';
import { ledgerCommand } from '../src/commands/ledger.js';
import type { Context } from '../src/context.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// What the tests below add to or report of the fixture, read from it rather than pinned, so that
// a fact added to the fixture does not break them.
const fixtureText = readFileSync(join(root, 'fixtures/cost-sharing/ledger.yaml'), 'utf8');
const fixtureFacts = parseLedger(fixtureText, { file: 'ledger.yaml' }).facts.length;
/** The line an appended fact starts on: after the fixture's last line and one blank line. */
const appendedLine = fixtureText.split('\n').length + 1;

function sink(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

/**
 * Runs `factledger ledger …` through the CLI frame (`runCommand`: sub-command, --help, options,
 * errors → stderr and exit 2) without loading the other commands, which are written in parallel.
 */
async function ledger(argv: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const context: Context = { stdout, stderr, cwd, env: {} };
  const code = await runCommand(ledgerCommand, argv, context);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

test('ledger validate: a valid ledger gets a one-line summary on stdout and exit 0', async () => {
  const result = await ledger(['validate', 'fixtures/cost-sharing/ledger.yaml', 'fixtures/city-budget/ledger.yaml']);
  assert.deepEqual(result, {
    code: 0,
    stdout: [
      `fixtures/cost-sharing/ledger.yaml: valid, ${fixtureFacts} facts (2 derived, 3 without a value), 3 entities, 4 rates`,
      'fixtures/city-budget/ledger.yaml: valid, 10 facts (3 derived, 1 without a value), 3 entities, 0 rates',
      '',
    ].join('\n'),
    stderr: '',
  });
});

test('ledger validate: every problem of every ledger, file:line:col, exit 2', async () => {
  const fixtures = 'packages/ledger/test/fixtures';
  const result = await ledger([
    'validate',
    `${fixtures}/ledger-missing-rate.yaml`,
    'fixtures/city-budget/ledger.yaml',
    `${fixtures}/ledger-bad.json`,
    'nope.yaml',
  ]);
  assert.equal(result.code, 2);
  assert.equal(
    result.stdout,
    'fixtures/city-budget/ledger.yaml: valid, 10 facts (3 derived, 1 without a value), 3 entities, 0 rates\n',
  );
  assert.equal(
    result.stderr,
    [
      `${fixtures}/ledger-missing-rate.yaml:74:40: facts[2].value.currency: no rate converts USD to KRW for 2020 (add a rate for that date or period under \`rates\`)`,
      `${fixtures}/ledger-missing-rate.yaml:148:40: facts[7].value.currency: no rate converts USD to KRW for 2020 (add a rate for that date or period under \`rates\`)`,
      `${fixtures}/ledger-bad.json:164:21: facts[3].value.currency: 'USDD' is not an ISO 4217 code (use a three-letter code such as USD, EUR or KRW)`,
      `${fixtures}/ledger-bad.json:270:7: facts[6].valeu: unknown property \`valeu\` (did you mean \`value\`?)`,
      'nope.yaml: No such ledger (check the path; it is read relative to the current directory)',
      '5 problems in 3 ledgers',
      '',
    ].join('\n'),
  );
});

test('ledger validate --max-size refuses a larger ledger with a hint', async () => {
  const result = await ledger(['validate', '--max-size', '1kb', 'fixtures/cost-sharing/ledger.yaml']);
  assert.equal(result.code, 2);
  assert.match(
    result.stderr,
    /^fixtures\/cost-sharing\/ledger\.yaml: the ledger is 0\.0 MB, over the 0\.0 MB limit \(split it/,
  );
});

test('ledger: usage mistakes are one line and exit 2', async () => {
  assert.deepEqual(await ledger([]), {
    code: 2,
    stdout: '',
    stderr:
      'factledger ledger: Missing sub-command, expected one of `validate`, `add`, `suggest` (run `factledger ledger --help` for each one)\n',
  });
  assert.equal(
    (await ledger(['frobnicate'])).stderr,
    'factledger ledger: Unexpected sub-command `frobnicate`, expected one of `validate`, `add`, `suggest` (run `factledger ledger --help` for each one)\n',
  );
  assert.equal(
    (await ledger(['--id', 'x', 'validate'])).stderr,
    'factledger ledger: Unexpected `--id` before the sub-command, expected one of `validate`, `add`, `suggest` (run `factledger ledger --help` for each one)\n',
  );
  // Each sub-command parses only its own options: add's `--id` is unknown to validate.
  assert.deepEqual(await ledger(['validate', '--id', 'x', 'a.yaml']), {
    code: 2,
    stdout: '',
    stderr: "factledger ledger: Unknown option '--id' (run `factledger ledger validate --help` for the options)\n",
  });
  assert.equal(
    (await ledger(['add', 'ledger.yaml', '--frobnicate'])).stderr,
    "factledger ledger: Unknown option '--frobnicate' (run `factledger ledger add --help` for the options)\n",
  );
  assert.equal(
    (await ledger(['add', 'ledger.yaml', '--kind', 'weight'])).stderr,
    'factledger ledger: Unexpected `--kind weight`, expected one of `money`, `percent`, `count`, `multiplier`, `date`, `duration`, `ordinal` (run `factledger ledger add --help` for the options)\n',
  );
  assert.equal(
    (await ledger(['validate'])).stderr,
    'factledger ledger: No ledger given (pass one or more ledger files (.yaml or .json))\n',
  );
});

test('ledger <sub-command> --help prints that sub-command’s own help; ledger --help lists them', async () => {
  const add = await ledger(['add', '--help']);
  assert.equal(add.code, 0);
  assert.equal(add.stderr, '');
  assert.match(add.stdout, /^Usage: factledger ledger add <ledger> --id <id> --kind <kind> --value <value>/);
  assert.match(add.stdout, /--source-url <url>/);
  assert.match(add.stdout, /--max-size <size>/);
  assert.deepEqual(await ledger(['help', 'add']), add);
  const validate = await ledger(['validate', '--help']);
  assert.match(validate.stdout, /^Usage: factledger ledger validate <ledger files…>/);
  assert.doesNotMatch(validate.stdout, /--source-url/);
  for (const argv of [['--help'], ['-h'], ['help']]) {
    const help = await ledger(argv);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: factledger ledger <sub-command>/);
    assert.match(help.stdout, /^Sub-commands:\n {2}validate {2}Check ledgers.*\n {2}add {7}Add a fact/m);
    assert.doesNotMatch(help.stdout, /--source-url/);
  }
});

test('ledger: every line of a problem with several lines gets the prefix', async () => {
  const { dir, file } = scratchLedger();
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replaceAll('currency: KRW, per: year }', 'currency: KRWW, per: year }'),
  );
  const result = await ledger(['add', 'ledger.yaml', '--id', 'x', '--kind', 'percent', '--value', '5'], dir);
  assert.equal(result.code, 2);
  const lines = result.stderr.trimEnd().split('\n');
  assert.ok(lines.length > 1, result.stderr);
  for (const line of lines)
    assert.match(line, /^factledger ledger: ledger\.yaml:\d+:\d+: facts\[\d+\]\.value\.currency: 'KRWW'/);
});

function scratchLedger(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
  cpSync(join(root, 'fixtures/cost-sharing/ledger.yaml'), join(dir, 'ledger.yaml'));
  return { dir, file: join(dir, 'ledger.yaml') };
}

test('ledger add writes a fact from the options, validated, and says where it went', async () => {
  const { dir, file } = scratchLedger();
  const before = readFileSync(file, 'utf8');
  const result = await ledger(
    [
      'add',
      'ledger.yaml',
      '--id',
      'contribution-2020-usd',
      '--kind',
      'money',
      '--value',
      '0.92 billion',
      '--unit',
      'usd',
      '--per',
      'year',
      '--period',
      '2020',
      '--term',
      'contribution',
      '--entity',
      'kr',
      '--source-url',
      'https://www.pacificwire.example/2020/04/01/stalled',
    ],
    dir,
  );
  assert.deepEqual(result, {
    code: 0,
    stdout: `ledger.yaml:${appendedLine}: added \`contribution-2020-usd\` (${fixtureFacts + 1} facts)\n`,
    stderr: '',
  });
  const after = readFileSync(file, 'utf8');
  assert.ok(after.startsWith(before));
  assert.equal(
    after.slice(before.length),
    [
      '',
      '  - id: contribution-2020-usd',
      '    description: contribution 2020 usd',
      '    kind: money',
      '    value: { amount: 920000000, currency: USD, per: year }',
      "    period: '2020'",
      '    match:',
      '      entities: [kr]',
      '      terms: [contribution]',
      '    sources:',
      '      - outlet: pacificwire.example',
      '        url: https://www.pacificwire.example/2020/04/01/stalled',
      '',
    ].join('\n'),
  );
});

test('ledger add refuses what would break the ledger and leaves the file alone', async () => {
  const { dir, file } = scratchLedger();
  const before = readFileSync(file, 'utf8');
  const duplicate = await ledger(
    ['add', 'ledger.yaml', '--id', 'troop-level', '--kind', 'count', '--value', '28,000', '--unit', 'troops'],
    dir,
  );
  assert.equal(duplicate.code, 2);
  assert.equal(
    duplicate.stderr,
    `factledger ledger: ledger.yaml: not written: facts[${fixtureFacts}].id: duplicate id \`troop-level\` (first at line 228)\n`,
  );
  const badValue = await ledger(['add', 'ledger.yaml', '--id', 'x', '--kind', 'count', '--value', 'lots'], dir);
  assert.equal(
    badValue.stderr,
    'factledger ledger: Unexpected `--value lots`, expected a number (write it as 1.25e12, 1250000000000, 1,250 or 2.5 billion)\n',
  );
  const noId = await ledger(['add', 'ledger.yaml', '--kind', 'count'], dir);
  assert.equal(noId.stderr, 'factledger ledger: Missing `--id` (run `factledger ledger add --help` for the options)\n');
  assert.equal(readFileSync(file, 'utf8'), before);
});

test('ledger add --from takes the fact from the claim at a place in an article', async () => {
  const { dir, file } = scratchLedger();
  writeFileSync(
    join(dir, 'article.md'),
    [
      '---',
      'outlet: Test Gazette',
      'published: 2021-04-02',
      '---',
      '',
      'Seoul will pay 1.1833 trillion won in 2021.',
      '',
    ].join('\n'),
  );
  const result = await ledger(['add', 'ledger.yaml', '--from', 'article.md:6:16', '--id', 'from-article'], dir);
  assert.equal(result.code, 0, result.stderr);
  const added = readFileSync(file, 'utf8');
  assert.match(added, /- id: from-article/);
  assert.match(added, /article: article\.md/);
});

function suggestArticles(dir: string): void {
  writeFileSync(
    join(dir, 'a.md'),
    [
      '---',
      'outlet: Test Gazette',
      'published: 2021-04-02',
      'url: https://gazette.example/a',
      '---',
      '',
      'Seoul will pay $1.03 billion in 2021, and Washington keeps 28,500 troops there.',
      '',
      'Officials said 43 delegates attended the talks in 2021.',
      '',
      'Seoul also pledged 2.1 trillion won for new barracks in 2023.',
      '',
      // `check` ties this to the 2021 rise (and calls it a conflict): no new fact for it.
      'The 2021 payment was a 25% rise, officials said.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'b.md'),
    [
      '---',
      'outlet: Other Post',
      'published: 2021-04-05',
      '---',
      '',
      'Some 45 delegates attended the talks in 2021.',
      '',
    ].join('\n'),
  );
}

test('ledger suggest: facts for unmatched claims, grouped across articles, as YAML that pastes under facts:', async () => {
  const { dir, file } = scratchLedger();
  suggestArticles(dir);
  const result = await ledger(['suggest', 'ledger.yaml', 'a.md', 'b.md'], dir);
  assert.equal(result.code, 0, result.stderr);
  assert.match(
    result.stderr,
    /^2 facts suggested for 3 claims that match nothing in ledger\.yaml \(\d+ claims? already do\)\n$/,
  );
  // The printed YAML, read as the `facts:` list of a ledger of its own, is valid.
  const { checkLedger } = await import('@factledger/ledger');
  const alone = checkLedger(`topic: suggestions\nfacts:\n${result.stdout}`);
  assert.deepEqual(alone.errors, [], result.stdout);
  assert.doesNotMatch(result.stdout, /amount: 25\b/, 'a figure check already matched is not proposed again');
  const facts = (alone.ledger?.data.facts ?? []) as unknown as Record<string, unknown>[];
  // $1.03 billion (converted with the ledger's rates) and 28,500 troops are already in the ledger.
  // (Ids come from the extractor's subject and the period, so only their shape is pinned.)
  assert.deepEqual(
    facts.map((f) => [f.kind, f.value, f.period]),
    [
      ['count', { amount: 43, unit: 'delegates' }, '2021'],
      ['money', { amount: 2.1e12, currency: 'KRW' }, '2023'],
    ],
  );
  assert.match(String(facts[0]?.id), /^[a-z0-9][a-z0-9._-]*-2021$/);
  const delegates = facts[0] as { sources: { article: string; position: { start: { line: number } } }[] };
  assert.deepEqual(
    delegates.sources.map((s) => [s.article, s.position.start.line]),
    [
      ['a.md', 9],
      ['b.md', 6],
    ],
  );
  // No 2023 won rate: the fact says so in a comment rather than being dropped.
  assert.match(result.stdout, /# check: this fact\.value\.currency: no rate converts KRW to USD for 2023/);

  // Pasted under `facts:` (the last key of this ledger), with a 2023 rate added, the ledger validates.
  const before = readFileSync(file, 'utf8');
  const rate = "  - currency: KRW\n    per: USD\n    rate: 1306\n    period: '2023'\n\nfacts:";
  const withRate = before.replace("    period: '2021'\n\nfacts:", `    period: '2021'\n${rate}`);
  assert.notEqual(withRate, before);
  const pasted = checkLedger(`${withRate.trimEnd()}\n${result.stdout}`, { file: 'pasted.yaml' });
  assert.deepEqual(pasted.errors, []);
  assert.equal(pasted.ledger?.facts.length, fixtureFacts + 2);
  assert.deepEqual(pasted.ledger?.data.facts.slice(fixtureFacts), facts);
});

test('ledger suggest: usage and unreadable articles', async () => {
  const { dir } = scratchLedger();
  suggestArticles(dir);
  assert.equal(
    (await ledger(['suggest', 'ledger.yaml'], dir)).stderr,
    'factledger ledger: No article given (factledger ledger suggest <ledger> <article…>)\n',
  );
  const missing = await ledger(['suggest', 'ledger.yaml', 'nope.md', 'b.md'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^nope\.md: /);
  assert.match(
    missing.stdout,
    /- id: .*\n {4}description: .*\n {4}kind: count\n {4}value: \{ amount: 45, unit: delegates \}/,
  );
});
