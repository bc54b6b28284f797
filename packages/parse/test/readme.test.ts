import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The README's example output is what the example prints: docs that cannot drift from the code.
test('the README shows what examples/map.ts prints', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const shown = /## Example[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
  const script = fileURLToPath(new URL('../examples/map.ts', import.meta.url));
  assert.equal(execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' }), shown);
});
