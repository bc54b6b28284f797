import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from './run-cli.js';

const article = 'fixtures/other-topics/budget.txt';

test('extract --format json prints only JSON: { claims } with source offsets', async () => {
  const { code, stdout, stderr } = await runCli(['extract', '--format', 'json', article]);
  assert.equal(code, 0, stderr);
  const { claims } = JSON.parse(stdout) as {
    claims: { text: string; position: { start: { offset: number }; end: { offset: number } } }[];
  };
  assert.ok(claims.length > 5);
  const source = readFileSync(join(repoRoot, article), 'utf8');
  for (const c of claims) assert.equal(source.slice(c.position.start.offset, c.position.end.offset), c.text);
});

test('extract on several files prints [{ file, claims }]', async () => {
  const { code, stdout } = await runCli([
    'extract',
    '--format',
    'json',
    article,
    'fixtures/other-topics/earthquake.md',
  ]);
  assert.equal(code, 0);
  const out = JSON.parse(stdout) as { file: string; claims: unknown[] }[];
  assert.deepEqual(
    out.map((o) => o.file),
    [article, 'fixtures/other-topics/earthquake.md'],
  );
});

test('--published resolves relative dates', async () => {
  const run = async (published: string) => {
    const { stdout } = await runCli(['extract', '--format', 'json', '--published', published, article]);
    const { claims } = JSON.parse(stdout) as { claims: { text: string; value: unknown }[] };
    return claims.find((c) => c.text === 'earlier this\nmonth')?.value;
  };
  assert.equal(await run('2024-06-20'), '2024-06');
  assert.equal(await run('2025-01-03'), '2025-01');
});

test('extract text output: one line per figure with line:column, then a count', async () => {
  const { code, stdout } = await runCli(['extract', article]);
  assert.equal(code, 0);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], article);
  assert.match(lines[1] ?? '', /^ {2}\d+:\d+-\d+:\d+ +\w+ +"/);
  assert.match(lines.at(-1) ?? '', /^ {2}\d+ figures$/);
});

test('an absolute path is read as given, not joined onto the current directory', async () => {
  const absolute = join(repoRoot, article);
  const { code, stdout, stderr } = await runCli(['extract', '--format', 'json', absolute], '/');
  assert.equal(code, 0, stderr);
  assert.ok((JSON.parse(stdout) as { claims: unknown[] }).claims.length > 5);
});
