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

test('.vscode/settings.json points the YAML and JSON extensions at this schema for ledger* files', () => {
  const root = new URL('../../../', import.meta.url);
  const settings = JSON.parse(readFileSync(new URL('.vscode/settings.json', root), 'utf8')) as {
    'yaml.schemas': Record<string, string[]>;
    'json.schemas': { fileMatch: string[]; url: string }[];
  };
  assert.deepEqual(settings['yaml.schemas'], {
    './packages/ledger/schema.json': ['**/ledger*.yaml', '**/ledger*.yml'],
  });
  assert.deepEqual(settings['json.schemas'], [
    { fileMatch: ['**/ledger*.json'], url: './packages/ledger/schema.json' },
  ]);
  assert.ok(readFileSync(new URL('packages/ledger/schema.json', root), 'utf8').includes('"$id"'));
});
