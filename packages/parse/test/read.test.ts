import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MAX_READ_BYTES, parseArticle, readArticle } from '@factledger/parse';

const dir = mkdtempSync(join(tmpdir(), 'factledger-parse-'));
const write = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content);
  return name;
};

async function rejects(path: string, code: string, options: Record<string, unknown> = {}) {
  await assert.rejects(readArticle(path, { cwd: dir, ...options }), (error: unknown) => {
    const e = error as { name: string; code: string; file?: string; hint?: string };
    assert.equal(e.name, 'FactledgerError');
    assert.equal(e.code, code);
    assert.equal(e.file, path);
    assert.ok(e.hint, 'has a hint');
    return true;
  });
}

test('reads a file: id is the path as given, the source is the file', async () => {
  write('ok.txt', '\ufeffHello there.\r\n');
  const doc = await readArticle('ok.txt', { cwd: dir });
  assert.equal(doc.id, 'ok.txt');
  assert.equal(doc.source, '\ufeffHello there.\r\n');
  assert.equal(doc.text, 'Hello there.');
});

test('missing path, directory, unreadable file', async () => {
  await rejects('missing.txt', 'not-found');
  mkdirSync(join(dir, 'folder.md'));
  await rejects('folder.md', 'is-directory');
  write('locked.txt', 'secret');
  chmodSync(join(dir, 'locked.txt'), 0o000);
  if (process.getuid?.() !== 0) await rejects('locked.txt', 'unreadable');
});

test('empty and whitespace-only files', async () => {
  await rejects(write('empty.txt', ''), 'empty');
  await rejects(write('blank.md', ' \n\t\r\n\ufeff'), 'empty');
});

test('binary: a NUL byte in the first 8000 bytes', async () => {
  await rejects(write('bin.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), 'binary');
  const late = new Uint8Array(9000).fill(0x61);
  late[8500] = 0;
  // git's rule looks at the first 8000 bytes only; a NUL later is just a control character.
  const doc = await readArticle(write('late.txt', late), { cwd: dir });
  assert.equal(doc.text.length, 9000);
});

test('invalid UTF-8 names the byte offset of the first bad byte', async () => {
  const bytes = new TextEncoder().encode('Caf\u00e9 ok\n');
  const bad = new Uint8Array([...bytes, 0x41, 0xe9, 0x42]);
  await assert.rejects(readArticle(write('latin1.txt', bad), { cwd: dir }), (error: unknown) => {
    const e = error as { code: string; message: string };
    assert.equal(e.code, 'invalid-utf8');
    assert.match(e.message, new RegExp(`byte ${bytes.length + 1}\\b`));
    return true;
  });
  for (const [seq, at] of [
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0x61, 0xf0, 0x9f, 0x98], 1],
    [[0x61, 0x62, 0x80], 2],
  ] as const) {
    assert.throws(
      () => parseArticle(new Uint8Array(seq), { id: 'x.txt' }),
      (e: unknown) => {
        assert.match((e as Error).message, new RegExp(`byte ${at}\\b`));
        return true;
      },
    );
  }
});

test('too large: refused from the size on disk, the hint names --max-size', async () => {
  write('big.txt', 'x'.repeat(2048));
  await assert.rejects(readArticle('big.txt', { cwd: dir, maxBytes: 1024 }), (error: unknown) => {
    const e = error as { code: string; hint: string };
    assert.equal(e.code, 'too-large');
    assert.match(e.hint, /--max-size/);
    return true;
  });
  assert.throws(() => parseArticle('y'.repeat(100), { maxBytes: 10 }), { code: 'too-large' });
  const doc = await readArticle('big.txt', { cwd: dir, maxBytes: 4096 });
  assert.equal(doc.text.length, 2048);
});

test('too large past the most any limit allows: the hint says to split it, not to raise a limit that cannot go so high', () => {
  assert.throws(
    () => parseArticle('y'.repeat(MAX_READ_BYTES + 1)),
    (error: { code: string; hint: string }) =>
      error.code === 'too-large' && /split it/.test(error.hint) && !/--max-size/.test(error.hint),
  );
});

test('not an article: JSON by extension or by content, sidecars, unknown types', async () => {
  await rejects(write('ledger.json', '{"facts": []}'), 'not-an-article');
  await rejects(write('data.txt', '{"facts": [1, 2]}'), 'not-an-article');
  await rejects(write('x.meta.yaml', 'published: 2020'), 'not-an-article');
  await rejects(write('report.pdf', '%PDF-1.4'), 'unsupported-type');
  await rejects(write('noext', 'text'), 'unsupported-type');
});

test('a sidecar beside a plain-text article gives its metadata, below options', async () => {
  write('wire.txt', 'Some article text.\n');
  write('wire.meta.yaml', 'published: 2020-01-24\noutlet: Wire\n');
  const doc = await readArticle('wire.txt', { cwd: dir });
  assert.equal(doc.metadata.published, '2020-01-24');
  assert.equal(doc.metadata.origin.published, 'sidecar');
  const option = await readArticle('wire.txt', { cwd: dir, published: '2021' });
  assert.equal(option.metadata.published, '2021');
  assert.equal(option.metadata.outlet, 'Wire');
  write('j.txt', 'Text.\n');
  write('j.meta.json', '{"published": "2019-12", "title": "J"}');
  assert.equal((await readArticle('j.txt', { cwd: dir })).metadata.title, 'J');
});

test('a bad sidecar is invalid-metadata naming the sidecar with line and column', async () => {
  write('bad.txt', 'Text.\n');
  write('bad.meta.yaml', 'title: fine\npublished: last week\n');
  await assert.rejects(readArticle('bad.txt', { cwd: dir }), (error: unknown) => {
    const e = error as { code: string; file: string; position: { start: { line: number; column: number } } };
    assert.equal(e.code, 'invalid-metadata');
    assert.equal(e.file, 'bad.meta.yaml');
    assert.deepEqual([e.position.start.line, e.position.start.column], [2, 12]);
    return true;
  });
  write('badj.txt', 'Text.\n');
  write('badj.meta.json', '{"published": 2020,}');
  await assert.rejects(readArticle('badj.txt', { cwd: dir }), { code: 'invalid-metadata' });
});
