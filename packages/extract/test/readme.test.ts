import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The README's example output is what the example prints: docs that cannot drift from the code.
test('the README shows what examples/figures.ts prints', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const shown = /## Example[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
  const printed = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('../examples/figures.ts', import.meta.url))],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(printed, shown);
});
