import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { check } from 'recheck';
import { NAMED_DOLLAR } from '../src/refiners/dollar-currency.js';

// Every regular expression literal in the scanner and the parser, checked by recheck's
// ReDoS analysis: none may backtrack catastrophically on any input.
const LITERAL = /(?<=[=(,:!&|?]\s*)\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([dgimsuy]*)/g;
const dirs = ['../src/', '../../parse/src/'].map((d) => new URL(d, import.meta.url));

test('no regular expression in extract or parse is vulnerable to ReDoS', async () => {
  let checked = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
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

test('the pattern built from the currency lexicon is not vulnerable to ReDoS either', async () => {
  const result = await check(NAMED_DOLLAR.source, NAMED_DOLLAR.flags);
  assert.notEqual(result.status, 'vulnerable', `/${NAMED_DOLLAR.source}/${NAMED_DOLLAR.flags}`);
});
