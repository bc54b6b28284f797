import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';
import { runnerCommands } from '../../report/test/runner-log.js';
import { runBin } from './run-cli.js';

// The official SARIF 2.1.0 schema (draft-04), kept by the report package's tests.
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const sarifSchema = JSON.parse(
  readFileSync(new URL('../../report/test/fixtures/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validSarif = ajv.compile(sarifSchema);

const GOOD = `topic: Lakeport ferry (made up)
entities:
  - id: ferry
    name: Lakeport ferry
facts:
  - id: fare
    description: The ferry fare in 2025
    kind: money
    value: { amount: 4.5, currency: EUR }
    period: '2025'
    match: { entities: [ferry], terms: [fare] }
`;
// Two problems, one of them quoting a value written to take over the CI log if printed as it is.
const BROKEN = GOOD.replace('amount: 4.5', 'amount: "4.5\\n::warning file=x::taken"').replace(
  'kind: money',
  'kind: monie',
);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-validate-'));
  mkdirSync(join(dir, 'ledgers'));
  writeFileSync(join(dir, 'ledgers/good.yaml'), GOOD);
  writeFileSync(join(dir, 'ledgers/broken.yaml'), BROKEN);
  return dir;
}

test('ledger validate --format github: an ::error annotation on the line of each problem, exit 2', () => {
  const dir = project();
  const result = runBin(['ledger', 'validate', '--format', 'github', 'ledgers/good.yaml', 'ledgers/broken.yaml'], dir);
  assert.equal(result.code, 2);
  const commands = runnerCommands(result.stdout);
  assert.deepEqual(
    commands.map((c) => [c.name, c.properties.file, c.properties.line, c.properties.title]),
    [
      ['error', 'ledgers/broken.yaml', String(lineOf(BROKEN, 'monie')), 'Invalid ledger (ledger/invalid-ledger)'],
      ['error', 'ledgers/broken.yaml', String(lineOf(BROKEN, 'taken')), 'Invalid ledger (ledger/invalid-ledger)'],
    ].sort((a, b) => Number(a[2]) - Number(b[2])),
    'one command per problem, and the quoted value issues none of its own',
  );
  assert.match(result.stdout, /^ledgers\/good\.yaml: valid, 1 fact/m);
  // The problems are still on stderr as before, for people reading the log.
  assert.match(result.stderr, /^ledgers\/broken\.yaml:\d+:\d+: facts\[0\]\.kind: /m);
  assert.match(result.stderr, /2 problems in 1 ledger\n$/);
});

test('ledger validate --format github: past the ten GitHub shows, a plain line says how many more', () => {
  const dir = project();
  let many = GOOD;
  for (let k = 0; k < 12; k++) {
    many += `  - id: f${k}\n    description: Broken ${k}\n    kind: money\n    value: { amount: lots, currency: EUR }\n`;
  }
  writeFileSync(join(dir, 'ledgers/many.yaml'), many);
  const result = runBin(['ledger', 'validate', '--format', 'github', 'ledgers/many.yaml'], dir);
  assert.equal(result.code, 2);
  assert.equal(runnerCommands(result.stdout).length, 10);
  assert.match(result.stdout, /^factledger: 2 more ledger problems not annotated .* all are listed on stderr\.$/m);
  assert.equal(result.stderr.split('\n').filter((l) => l.startsWith('ledgers/many.yaml:')).length, 12);
});

test('ledger validate --format sarif: a valid SARIF log with one result per problem, on its line', () => {
  const dir = project();
  const result = runBin(
    ['ledger', 'validate', '--format', 'sarif', 'ledgers/broken.yaml', 'ledgers/missing.yaml'],
    dir,
  );
  assert.equal(result.code, 2);
  const log = JSON.parse(result.stdout) as Log;
  assert.ok(validSarif(log), JSON.stringify(validSarif.errors, null, 2));
  const run = log.runs[0];
  assert.equal(run?.columnKind, 'utf16CodeUnits');
  const results = run?.results ?? [];
  assert.deepEqual(
    results.map((r) => [
      r.ruleId,
      r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
      r.locations?.[0]?.physicalLocation?.region?.startLine,
    ]),
    [
      ['ledger/invalid-ledger', 'ledgers/broken.yaml', lineOf(BROKEN, 'monie')],
      ['ledger/invalid-ledger', 'ledgers/broken.yaml', lineOf(BROKEN, 'taken')],
      ['ledger/not-found', 'ledgers/missing.yaml', undefined],
    ].sort((a, b) => Number(a[2] ?? 1e9) - Number(b[2] ?? 1e9)),
  );
  const rules = run?.tool.driver.rules ?? [];
  for (const r of results) {
    const rule = rules[r.ruleIndex as number];
    assert.equal(rule?.id, r.ruleId);
    assert.ok(rule?.shortDescription?.text && rule.fullDescription?.text && rule.help?.text);
    assert.ok(r.partialFingerprints?.primaryLocationLineHash);
  }
  assert.equal(results[0]?.properties?.pointer, '/facts/0/kind');
});

test('ledger validate --format sarif: valid ledgers give an empty log and exit 0, with nothing else on stdout', () => {
  const dir = project();
  const result = runBin(['ledger', 'validate', '--format', 'sarif', 'ledgers/good.yaml'], dir);
  assert.equal(result.code, 0);
  assert.equal(result.stderr, '');
  const log = JSON.parse(result.stdout) as Log;
  assert.ok(validSarif(log));
  assert.deepEqual(log.runs[0]?.results, []);
});
