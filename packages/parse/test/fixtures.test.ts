import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Document, isArticlePath, parseArticle, readArticle } from '@factledger/parse';
import { assertMapRoundTrips, blockTexts, pointAt, synthetic } from './helpers.js';

const dir = new URL('../../../fixtures/articles/', import.meta.url);
const files = readdirSync(dir).filter(isArticlePath).sort();

test('the fixtures cover every format', () => {
  assert.deepEqual(files.map((f) => f.slice(f.lastIndexOf('.'))).sort(), ['.html', '.md', '.txt']);
});

/** Characters a variant may show where the original shows `\n`: the variant's own line ending. */
function sameChar(a: string, b: string): boolean {
  return a === b || (/[\r\n]/.test(a) && /[\r\n]/.test(b));
}

/**
 * Prettier's trick: the same fixture with a BOM and with CRLF (and lone CR)
 * line endings must give the same text, and every position must point at the
 * same characters of its own file.
 */
for (const file of files) {
  test(`fixture ${file}: map round-trips, and again with a BOM and with CRLF / CR`, () => {
    const original = readFileSync(new URL(file, dir), 'utf8');
    const base = parseArticle(original, { id: file });
    assertMapRoundTrips(base);
    const variants: [string, string][] = [
      ['bom', `\ufeff${original}`],
      ['crlf', original.replace(/\n/g, '\r\n')],
      ['cr', original.replace(/\n/g, '\r')],
      ['bom+crlf', `\ufeff${original.replace(/\n/g, '\r\n')}`],
    ];
    for (const [name, source] of variants) {
      const doc: Document = parseArticle(source, { id: file });
      assert.equal(doc.text, base.text, `${name}: same cleaned text`);
      assert.deepEqual(blockTexts(doc), blockTexts(base), name);
      assert.deepEqual(doc.metadata, base.metadata, name);
      assertMapRoundTrips(doc);
      const bom = name.startsWith('bom') ? 1 : 0;
      const skip = synthetic(doc);
      for (let i = 0; i < doc.text.length; i++) {
        if (skip.has(i)) continue;
        const a = base.source[base.map.toSource(i)] as string;
        const b = doc.source[doc.map.toSource(i)] as string;
        assert.ok(sameChar(a, b), `${name} ${i}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        if (!/[\r\n]/.test(a)) {
          const p = base.map.position(i, i + 1).start;
          const q = doc.map.position(i, i + 1).start;
          assert.equal(q.line, p.line, `${name} ${i}: same line`);
          assert.equal(q.column, p.column + (p.line === 1 ? bom : 0), `${name} ${i}: same column`);
          assert.deepEqual({ line: q.line, column: q.column }, pointAt(doc.source, q.offset ?? -1));
        }
      }
    }
  });
}

test('the .txt fixture: hard wraps joined, hyphenation repaired, sidecar read', async () => {
  const doc = await readArticle(fileURLToPath(new URL('cost-talks-pdf.txt', dir)));
  assert.doesNotMatch(doc.text, /[a-z]- [a-z]/, 'no broken words left');
  assert.match(doc.text, /upkeep of the American garrison on its soil/);
  assert.match(doc.text, /1\.18 trillion won/);
  assert.match(doc.text, /another stopgap, was/);
  assert.match(doc.text, /multi-year pact/);
  assert.equal(doc.metadata.published, '2021-04');
  assert.equal(doc.metadata.origin.published, 'sidecar');
  assert.equal(doc.blocks[0]?.kind, 'heading');
});

test('the .html fixture: no script, nav, footer or aside text; entities decoded', () => {
  const file = 'cost-talks-saved-page.html';
  const doc = parseArticle(readFileSync(new URL(file, dir), 'utf8'), { id: file });
  assert.doesNotMatch(doc.text, /\$12 million|Markets|40%|enable JavaScript|All rights reserved/);
  assert.match(doc.text, /1\.18 trillion won \(\$1\.04 billion\)/);
  assert.match(doc.text, /\$870 million Seoul contributed in 2019 & a sum/);
  assert.ok(doc.blocks.some((b) => b.kind === 'caption'));
});
