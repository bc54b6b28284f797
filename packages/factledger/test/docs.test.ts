import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { repoRoot } from './run-cli.js';

// The library guide's examples run against the packed packages: see packed-install.test.ts.

test('the CI guide configuration is a valid factledger config', async () => {
  const { parseConfig } = await import('../src/config.js');
  const guide = readFileSync(`${repoRoot}docs/ci.md`, 'utf8');
  const yaml = /```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
  const config = parseConfig(yaml, 'factledger.config.yaml');
  assert.deepEqual(
    config.outputs.map((o) => o.format),
    ['sarif', 'github', 'html'],
  );
  // The guide's other configuration examples are valid too.
  const reviewed = /```yaml\n(reviewed:[\s\S]*?)```/.exec(guide)?.[1] ?? '';
  assert.equal(parseConfig(reviewed, 'factledger.config.yaml').reviewed.length, 1);
});
