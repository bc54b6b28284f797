import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { check } from 'recheck';

// Every regular expression literal in the scanner and the parser, checked by recheck's
// ReDoS analysis: none may backtrack catastrophically on any input.
const LITERAL = /(?<=[=(,:!&|?]\s*)\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([dgimsuy]*)/g;
const dirs = ['../src/', '../../parse/src/'].map((d) => new URL(d, import.meta.url));

test('no regular expression in extract or parse is vulnerable to ReDoS', async () => {
  let checked = 0;
  for (const dir of dirs) {
    // Rules live in subfolders too (`filters/`).
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const [, pattern, flags] of source.matchAll(LITERAL)) {
        const result = await check(pattern as string, flags as string);
        assert.notEqual(result.status, 'vulnerable', `${file}: /${pattern}/${flags}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 20, `only ${checked} patterns found: the literal finder is broken`);
});
