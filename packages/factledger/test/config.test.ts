import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FORMATS } from '@factledger/report';
import { repoRoot, runBin } from './run-cli.js';

/** A newsroom checkout: the fixture articles under `articles/`, their ledger under `ledgers/`. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-config-'));
  cpSync(join(repoRoot, 'fixtures/reconcile/articles'), join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'ledgers'));
  cpSync(join(repoRoot, 'fixtures/reconcile/ledger.yaml'), join(dir, 'ledgers/ferries.ledger.yaml'));
  return dir;
}

const CONFIG = 'articles: ["articles/*.md"]\nledgers: [ledgers/ferries.ledger.yaml]\n';

test('reconcile run in a subfolder finds the config above it and reads its paths from there', () => {
  const dir = checkout();
  writeFileSync(join(dir, 'factledger.config.yaml'), CONFIG);
  mkdirSync(join(dir, 'articles/drafts/2025'), { recursive: true });
  const { code, stdout, stderr } = runBin(['reconcile', '--format', 'json'], join(dir, 'articles/drafts/2025'));
  assert.equal(code, 1, stderr);
  const files = new Set(
    (JSON.parse(stdout) as { findings: { claim: { file: string } }[] }).findings.map((f) => f.claim.file),
  );
  assert.deepEqual([...files].sort(), ['../../coast-wire.md', '../../harbour-gazette.md']);
});

test('the nearest config wins, and a package.json that only depends on factledger is passed over', () => {
  const dir = checkout();
  // The outer config names an article that does not exist: were it read, the run would stop with exit 2.
  writeFileSync(join(dir, 'factledger.config.yaml'), 'articles: ["missing/*.md"]\nledger: nowhere.yaml\n');
  const desk = join(dir, 'desk');
  mkdirSync(join(desk, 'notes'), { recursive: true });
  cpSync(join(dir, 'articles'), join(desk, 'articles'), { recursive: true });
  cpSync(join(dir, 'ledgers'), join(desk, 'ledgers'), { recursive: true });
  writeFileSync(
    join(desk, 'factledger.config.json'),
    JSON.stringify({ articles: ['articles/*.md'], ledgers: ['ledgers/ferries.ledger.yaml'] }),
  );
  writeFileSync(
    join(desk, 'notes/package.json'),
    JSON.stringify({ name: 'notes', devDependencies: { factledger: '^0.1.0' }, scripts: { factledger: 'x' } }),
  );
  const { code, stdout, stderr } = runBin(['reconcile', '--fail-on', 'none'], join(desk, 'notes'));
  assert.equal(code, 0, stderr);
  assert.match(stdout, /coast-wire\.md/);
});

test('ignores, reviewed and maxWarnings: each bad value is named with its line and column, exit 2', () => {
  const dir = checkout();
  writeFileSync(
    join(dir, 'factledger.config.yaml'),
    [
      CONFIG.trimEnd(),
      'ignores: articles/drafts/**',
      'maxWarnings: -1',
      'reviewed:',
      '  - id: 3f2a',
      '    reason: the outlet rounds on purpose',
      '  - id: 00112233445566aa',
      '',
    ].join('\n'),
  );
  const { code, stdout, stderr } = runBin(['reconcile'], dir);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /factledger\.config\.yaml:3:10: ignores: must be array/);
  assert.match(stderr, /factledger\.config\.yaml:4:14: maxWarnings: must be >= 0/);
  assert.match(
    stderr,
    /factledger\.config\.yaml:6:9: reviewed\[0\]\.id: Unexpected `3f2a`, expected a finding id: 16 hexadecimal digits/,
  );
  assert.match(stderr, /factledger\.config\.yaml:8:5: reviewed\[1\]: must have required property 'reason'/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});

test('findConfig reads the new keys and gives the absolute path of the file it found', async () => {
  const { findConfig } = await import('../src/config.js');
  const dir = checkout();
  const config = [
    CONFIG.trimEnd(),
    'ignores: ["articles/drafts/**"]',
    'maxWarnings: 0',
    'reviewed:',
    '  - { id: 00112233445566aa, reason: the outlet rounds on purpose }',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'factledger.config.yaml'), config);
  mkdirSync(join(dir, 'articles/drafts'));
  const found = await findConfig(join(dir, 'articles/drafts'));
  assert.ok(found);
  assert.equal(found.path, join(dir, 'factledger.config.yaml'));
  // Messages name it as the user sees it from where they are.
  assert.equal(found.config.file, join('..', '..', 'factledger.config.yaml'));
  assert.deepEqual(found.config.ignores, ['articles/drafts/**']);
  assert.equal(found.config.maxWarnings, 0);
  assert.deepEqual(found.config.reviewed, [{ id: '00112233445566aa', reason: 'the outlet rounds on purpose' }]);
  // Keys it does not use have the defaults a run would take.
  writeFileSync(join(dir, 'factledger.config.yaml'), CONFIG);
  const plain = (await findConfig(dir))?.config;
  assert.deepEqual([plain?.ignores, plain?.reviewed, plain?.maxWarnings], [[], [], undefined]);
});

test('the config schema ships as factledger/config.schema.json, every key described, formats as the report has them', () => {
  const pkgDir = new URL('../', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', pkgDir), 'utf8')) as {
    exports: Record<string, unknown>;
    files: string[];
    publishConfig: { exports: Record<string, unknown> };
  };
  assert.equal(pkg.exports['./config.schema.json'], './config.schema.json');
  assert.equal(pkg.publishConfig.exports['./config.schema.json'], './config.schema.json');
  assert.ok(pkg.files.includes('config.schema.json'));
  const schema = JSON.parse(readFileSync(new URL('config.schema.json', pkgDir), 'utf8'));
  assert.equal(schema.$id, 'https://factledger.dev/schema/config/v1.json');
  const undescribed = Object.entries(schema.properties as Record<string, { description?: string }>)
    .filter(([, property]) => !property.description)
    .map(([key]) => key);
  assert.deepEqual(undescribed, []);
  assert.deepEqual(schema.properties.outputs.items.properties.format.enum, [...FORMATS]);
});

test('a config that is there but cannot be read stops the run instead of passing to one further up', () => {
  const dir = checkout();
  writeFileSync(join(dir, 'factledger.config.yaml'), CONFIG);
  mkdirSync(join(dir, 'articles/factledger.config.json'));
  const { code, stderr } = runBin(['reconcile'], join(dir, 'articles'));
  assert.equal(code, 2);
  assert.match(stderr, /articles\/factledger\.config\.json: Cannot read the configuration \(EISDIR\)/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});
