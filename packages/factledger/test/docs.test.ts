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

test('the README shows what `pnpm demo` prints, and the checking guide what its command prints', async () => {
  const { runCli } = await import('./run-cli.js');
  const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { scripts: Record<string, string> };
  const demoArgs = (pkg.scripts['demo'] ?? '').split(' ').slice(4);
  assert.equal(demoArgs[0], 'check', pkg.scripts['demo']);
  const demo = await runCli(demoArgs);
  const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
  assert.ok(readme.includes(`\`\`\`text\n${demo.stdout}\`\`\``), 'the README has the demo output as it is printed');

  const guide = readFileSync(`${repoRoot}docs/checking-an-article.md`, 'utf8');
  const block = /```text\n {3}\$ pnpm -s factledger (.*)\n([\s\S]*?) {3}```/.exec(guide);
  assert.ok(block, 'the guide shows a command and its output');
  const shown = (block[2] as string).replace(/^ {3}/gm, '');
  const run = await runCli((block[1] as string).split(' '));
  assert.equal(shown, run.stdout);
});
