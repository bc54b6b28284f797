import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runBin } from './run-cli.js';

const CONFIG = 'factledger.config.yaml';
const LEDGER = 'ledgers/facts.ledger.yaml';

function emptyFolder(): string {
  return mkdtempSync(join(tmpdir(), 'factledger-init-'));
}

test('init writes a config and a starter ledger, each naming its schema in node_modules from where it is', () => {
  const dir = emptyFolder();
  const { code, stdout, stderr } = runBin(['init'], dir);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, `wrote ${CONFIG}\nwrote ${LEDGER}\n`);
  assert.equal(
    readFileSync(join(dir, CONFIG), 'utf8').split('\n')[0],
    '# yaml-language-server: $schema=./node_modules/factledger/config.schema.json',
  );
  assert.equal(
    readFileSync(join(dir, LEDGER), 'utf8').split('\n')[0],
    '# yaml-language-server: $schema=../node_modules/@factledger/ledger/schema.json',
  );
  // Nothing is installed in the folder, so an editor would find no schema: init says so.
  assert.match(stderr, /node_modules\/@factledger\/ledger\/schema\.json .*not found.*npm i -D factledger/);
});

test('the starter ledger validates and the starter config runs as written', () => {
  const dir = emptyFolder();
  assert.equal(runBin(['init'], dir).code, 0);
  const validated = runBin(['ledger', 'validate', LEDGER], dir);
  assert.equal(validated.code, 0, validated.stderr);
  assert.match(validated.stdout, /valid, 1 fact/);
  mkdirSync(join(dir, 'articles/local'), { recursive: true });
  writeFileSync(
    join(dir, 'articles/local/council.md'),
    '---\noutlet: Tidewater Post\npublished: 2025-05-02\n---\n\nThe council set its budget at $9 million a year.\n',
  );
  // Run from a subfolder: the config is found above it, and its articles glob and ledger read from its folder.
  const checked = runBin(['reconcile', '--format', 'json'], join(dir, 'articles'));
  assert.equal(checked.code, 1, checked.stderr);
  const { findings } = JSON.parse(checked.stdout) as { findings: { verdict: string; fact: string }[] };
  assert.deepEqual(
    findings.map((f) => [f.verdict, f.fact]),
    [['conflict', 'example-budget']],
  );
});

test('init never writes over a file: exit 2 naming it and --force, nothing written; --force overwrites', () => {
  const dir = emptyFolder();
  mkdirSync(join(dir, 'ledgers'));
  writeFileSync(join(dir, LEDGER), 'topic: ours\nfacts: []\n');
  const refused = runBin(['init'], dir);
  assert.equal(refused.code, 2);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /ledgers\/facts\.ledger\.yaml: The file already exists.*--force/);
  assert.doesNotMatch(refused.stderr, /\n\s+at /);
  assert.equal(readFileSync(join(dir, LEDGER), 'utf8'), 'topic: ours\nfacts: []\n');
  assert.equal(existsSync(join(dir, CONFIG)), false, 'the config is not written either');

  const forced = runBin(['init', '--force'], dir);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(readFileSync(join(dir, LEDGER), 'utf8'), /^# yaml-language-server: \$schema=/);
  assert.deepEqual(readdirSync(join(dir, 'ledgers')), ['facts.ledger.yaml'], 'no temp file is left behind');
});
