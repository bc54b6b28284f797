import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
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
