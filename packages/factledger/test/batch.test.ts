import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractInOrder } from '../src/batch.js';

// Enough files for worker threads to take part, with a byte order mark and non-ASCII text among them.
function articles(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-batch-'));
  const files = Array.from({ length: 12 }, (_, k) => `a${k}.${k % 2 ? 'md' : 'txt'}`);
  files.forEach((file, k) => {
    const bom = k === 3 ? '\ufeff' : '';
    writeFileSync(join(dir, file), `${bom}Report ${k}: the café spent €${k + 1} million in 2024.\n`);
  });
  return { dir, files };
}

test('withSource: each result carries its article as read, in order, from workers and this thread alike', async () => {
  const { dir, files } = articles();
  const seen: string[] = [];
  for await (const result of extractInOrder(files, { cwd: dir, concurrency: 2, withSource: true })) {
    assert.ok(result.ok);
    assert.equal(result.source, readFileSync(join(dir, result.file), 'utf8'));
    seen.push(result.file);
  }
  assert.deepEqual(seen, files);
});

test('without withSource, no result carries the text: formats that do not quote it hold none', async () => {
  const { dir, files } = articles();
  for await (const result of extractInOrder(files, { cwd: dir, concurrency: 2 })) {
    assert.ok(result.ok);
    assert.equal(result.source, undefined);
    assert.ok(result.claims.length > 0);
  }
});
