import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkArticles, checkStream } from '../src/index.js';
import { runBin } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'factledger-currency-'));
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

const moneyOf = (stdout: string) =>
  (JSON.parse(stdout).claims as { text: string; unit: string; currencyFrom?: string }[]).map((c) => [
    c.text,
    c.unit,
    c.currencyFrom,
  ]);

test('extract --currency says what a bare $ means where the article does not', () => {
  write('plain.md', 'The bridge cost $80 million.\n');
  const given = runBin(['extract', '--format', 'json', '--currency', 'cad', 'plain.md'], dir);
  assert.equal(given.code, 0, given.stderr);
  assert.deepEqual(moneyOf(given.stdout), [['$80 million', 'CAD', 'default']]);
  const assumed = runBin(['extract', '--format', 'json', 'plain.md'], dir);
  assert.deepEqual(moneyOf(assumed.stdout), [['$80 million', 'USD', 'default']]);
});

test("the article's currency metadata wins over --currency, and the text over both", () => {
  write('meta.md', '---\ncurrency: AUD\n---\nThe bridge cost $80 million.\n');
  const meta = runBin(['extract', '--format', 'json', '--currency', 'CAD', 'meta.md'], dir);
  assert.deepEqual(moneyOf(meta.stdout), [['$80 million', 'AUD', 'metadata']]);
  write('text.md', '---\ncurrency: AUD\n---\nThe S$80 million bridge replaced a $20 million one.\n');
  const text = runBin(['extract', '--format', 'json', 'text.md'], dir);
  assert.deepEqual(moneyOf(text.stdout), [
    ['S$80 million', 'SGD', 'text'],
    ['$20 million', 'SGD', 'text'],
  ]);
});

test('a currency that is no ISO code is a clear error with exit code 2', () => {
  write('ok.md', 'The bridge cost $80 million.\n');
  const option = runBin(['extract', '--currency', 'dollars', 'ok.md'], dir);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /Unexpected `--currency dollars`, expected an ISO 4217 code/);
  assert.doesNotMatch(option.stderr, /\n\s+at /);
  write('bad.md', '---\ncurrency: A$\n---\nThe bridge cost $80 million.\n');
  const meta = runBin(['extract', 'bad.md'], dir);
  assert.equal(meta.code, 2);
  assert.match(meta.stderr, /bad\.md:2:11: Unexpected `currency: A\$` in front matter, expected an ISO 4217 code/);
});

test('check takes --currency too', () => {
  write(
    'ledger.yaml',
    'facts:\n  - id: bridge-cost\n    description: cost of the bridge\n    value: { amount: 80000000, currency: CAD }\n',
  );
  const r = runBin(['check', '--ledger', 'ledger.yaml', '--currency', 'zz9', 'ok.md'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--currency zz9/);
});

const LEDGER = [
  'topic: bridge',
  'facts:',
  '  - id: bridge-cost',
  '    kind: money',
  '    description: cost of the bridge',
  '    value: { amount: 80000000, currency: AUD }',
  '    match: { terms: [bridge] }',
  '',
].join('\n');

/** The verdict on each figure of a `check --format json --show all` run: did `$80 million` meet the A$ fact? */
const verdicts = (stdout: string) => (JSON.parse(stdout).findings as { verdict: string }[]).map((f) => f.verdict);

test("check: the config's `currency` is what a bare $ means, and --currency overrides it", () => {
  const project = mkdtempSync(join(tmpdir(), 'factledger-currency-config-'));
  writeFileSync(join(project, 'ledger.yaml'), LEDGER);
  writeFileSync(join(project, 'a.md'), 'The bridge cost $80 million.\n');
  writeFileSync(
    join(project, 'factledger.config.json'),
    JSON.stringify({ currency: 'AUD', ledgers: ['ledger.yaml'], articles: ['a.md'] }),
  );
  const configured = runBin(['check', '--format', 'json', '--show', 'all'], project);
  assert.equal(configured.code, 0, configured.stderr);
  assert.deepEqual(verdicts(configured.stdout), ['match']);
  const overridden = runBin(['check', '--format', 'json', '--show', 'all', '--currency', 'USD'], project);
  assert.deepEqual(verdicts(overridden.stdout), ['unmatched']);
  // An article read from stdin is read with the same currency.
  const piped = spawnSync(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx/esm'),
      new URL('../src/bin.ts', import.meta.url).pathname,
      'check',
      '--format',
      'json',
      '--show',
      'all',
      '--stdin-filename',
      's.md',
      '-',
    ],
    { cwd: project, input: 'The bridge cost $80 million.\n', encoding: 'utf8' },
  );
  assert.equal(piped.status, 0, piped.stderr);
  assert.deepEqual(verdicts(piped.stdout), ['match']);
});

test('a config currency that is no ISO code is a clear error with exit code 2', () => {
  const project = mkdtempSync(join(tmpdir(), 'factledger-currency-config-'));
  writeFileSync(join(project, 'ledger.yaml'), LEDGER);
  writeFileSync(join(project, 'a.md'), 'The bridge cost $80 million.\n');
  writeFileSync(
    join(project, 'factledger.config.yaml'),
    'currency: dollars\nledgers: [ledger.yaml]\narticles: [a.md]\n',
  );
  const r = runBin(['check'], project);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /factledger\.config\.yaml:1:11: .*an ISO 4217 code in capitals/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('checkArticles and checkStream read articles given as text with the `currency` option', async () => {
  const ledger = join(dir, 'bridge.ledger.yaml');
  writeFileSync(ledger, LEDGER);
  const article = { id: 'draft.md', text: 'The bridge cost $80 million.\n' };
  const matchedIn = (findings: readonly { verdict: string }[]) => findings.some((f) => f.verdict === 'match');
  const aud = await checkArticles([article], [ledger], { currency: 'AUD' });
  assert.ok(matchedIn(aud.findings), JSON.stringify(aud.findings));
  const usd = await checkArticles([article], [ledger]);
  assert.ok(!matchedIn(usd.findings), JSON.stringify(usd.findings));
  const streamed = [];
  for await (const event of checkStream([article], [ledger], { currency: 'AUD' }))
    if (event.type === 'article') streamed.push(...event.findings);
  assert.ok(matchedIn(streamed), JSON.stringify(streamed));
});
