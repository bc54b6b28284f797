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
    'factsYaml',
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
