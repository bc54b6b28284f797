import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './run-cli.js';

// The library guide's example is run as written: a guide whose code does not run teaches nothing.
test('the library guide example runs and prints findings', () => {
  const guide = readFileSync(`${repoRoot}docs/library.md`, 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(guide)?.[1];
  assert.ok(code, 'the guide has a ts block');
  // Inside the package (git-ignored tmp/), so the workspace packages resolve as they do for a user.
  const dir = new URL('../tmp/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const script = fileURLToPath(new URL('library-example.mts', dir));
  writeFileSync(script, code);
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, encoding: 'utf8' });
  assert.match(out, /coast-wire\.md/);
  assert.match(out, /conflict/);
});

test("the library guide's one-call example runs and finds the draft's conflict", () => {
  const guide = readFileSync(`${repoRoot}docs/library.md`, 'utf8');
  const code = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .find((c) => c.includes('checkArticles'));
  assert.ok(code, 'the guide shows checkArticles');
  const dir = new URL('../tmp/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const script = fileURLToPath(new URL('library-one-call.mts', dir));
  writeFileSync(script, code);
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, encoding: 'utf8' });
  assert.match(out, /^draft\.md conflict "450" \(Desk, draft\.md:1:\d+\) conflicts with 430 homes/m);
  assert.match(out, /^0 unreadable$/m);
});

test('the CI guide configuration is a valid factledger config', async () => {
  const { parseConfig } = await import('../src/config.js');
  const guide = readFileSync(`${repoRoot}docs/ci.md`, 'utf8');
  const yaml = /```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
  const config = parseConfig(yaml, 'factledger.config.yaml');
  assert.deepEqual(
    config.outputs.map((o) => o.format),
    ['sarif', 'github', 'html'],
  );
});
