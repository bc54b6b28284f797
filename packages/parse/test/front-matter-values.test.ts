import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';

const meta = (front: string) =>
  parseArticle(`---\n${front}\n---\n\nThe body has 5 ferries.\n`, { id: 'a.md' }).metadata;

test('front matter: plain lines read as YAML reads them, whatever path reads them', () => {
  assert.equal(meta('title: C# for newsrooms').title, 'C# for newsrooms');
  assert.equal(meta('title: Harbour budget   ').title, 'Harbour budget');
  assert.equal(meta('title: Harbour budget # a comment').title, 'Harbour budget');
  assert.equal(meta('title: "Quoted: title"').title, 'Quoted: title');
  assert.equal(meta('title: 007').title, '7', 'YAML reads 007 as a number');
  assert.equal(meta('title: 1e3').title, '1000');
  assert.throws(() => meta('title: true'), /expected text/, 'YAML reads true as a boolean, which is no title');
});

test('front matter: a value YAML refuses is refused with its place, on either path', () => {
  assert.throws(() => meta('title: a: b'), /Invalid YAML in front matter/);
  assert.throws(() => meta('title: x\ntitle: y'), /Invalid YAML/);
  assert.throws(
    () => meta('outlet: Courier\npublished: someday'),
    (error: Error & { position?: { start: { line: number; column: number } } }) =>
      /expected a date/.test(error.message) && error.position?.start.line === 3 && error.position.start.column === 12,
  );
});

test('front matter: published as a date, an empty value left out, unknown keys ignored', () => {
  const m = meta('published: 2024-03-01\noutlet:\nsection: Local news');
  assert.equal(m.published, '2024-03-01');
  assert.equal(m.outlet, undefined);
});
