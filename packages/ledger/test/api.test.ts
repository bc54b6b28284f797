import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('the public API is exactly these names', async () => {
  assert.deepEqual(Object.keys(await import('../src/index.js')).sort(), [
    'DEFAULT_MAX_BYTES',
    'InvalidLedgerError',
    'LedgerError',
    'SCHEMA_ID',
    'addFact',
    'asLedger',
    'checkLedger',
    'checkLedgerData',
    'factsYaml',
    'ledgerFromData',
    'ledgerSchema',
    'loadLedger',
    'parseLedger',
    'periodsOverlap',
    'readLedgerText',
    'updateLedger',
    'writeLedger',
  ]);
});

test('package.json ships the schema as ./schema.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, unknown>;
    files: string[];
  };
  assert.equal(pkg.exports['./schema.json'], './schema.json');
  assert.ok(pkg.files.includes('schema.json'));
});

test('.vscode/settings.json and the README point editors at this schema for *.ledger.yaml files', () => {
  const root = new URL('../../../', import.meta.url);
  type Settings = { 'yaml.schemas': Record<string, string[]>; 'json.schemas': { fileMatch: string[]; url: string }[] };
  const settings = JSON.parse(readFileSync(new URL('.vscode/settings.json', root), 'utf8')) as Settings;
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const documented = JSON.parse(
    /## Editor support[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '{}',
  ) as Settings;
  const schema = './packages/ledger/schema.json';
  // The names `factledger init` and the docs give ledgers, and the older ledger.yaml.
  for (const glob of ['**/*.ledger.yaml', '**/*.ledger.yml', '**/ledger*.yaml']) {
    assert.ok(settings['yaml.schemas'][schema]?.includes(glob), `the settings match ${glob}`);
  }
  assert.ok(settings['json.schemas'].some((s) => s.url === schema && s.fileMatch.includes('**/*.ledger.json')));
  assert.deepEqual(documented['yaml.schemas'][schema], settings['yaml.schemas'][schema], 'the README shows the same');
  assert.ok(readFileSync(new URL('packages/ledger/schema.json', root), 'utf8').includes('"$id"'));
});
