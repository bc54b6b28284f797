import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import { assertMapRoundTrips, blockTexts } from './helpers.js';

const md = (source: string) => parseArticle(source, { id: 'a.md' });

test('front matter gives metadata; the body gives blocks', () => {
  const doc = md(
    '---\ntitle: "Talks resume"\noutlet: The Daily\npublished: 2024-09-03\nurl: https://example.com/a\nauthor: ignored\n---\n\n# Talks resume\n\nThe *sides* met on `Monday`.\n',
  );
  assert.equal(doc.format, 'markdown');
  assert.deepEqual(
    { ...doc.metadata },
    {
      title: 'Talks resume',
      outlet: 'The Daily',
      published: '2024-09-03',
      url: 'https://example.com/a',
      origin: { title: 'frontmatter', outlet: 'frontmatter', published: 'frontmatter', url: 'frontmatter' },
    },
  );
  assert.deepEqual(blockTexts(doc), ['Talks resume', 'The sides met on Monday.']);
  assert.deepEqual(
    doc.blocks.map((b) => b.kind),
    ['heading', 'body'],
  );
  assertMapRoundTrips(doc);
});

test('soft breaks join, escapes and entities map back to their source', () => {
  const source =
    'A paragraph that\r\n   continues \\*here\\* with &amp; and &copy; and [a link](http://x.y).\n\n> Quoted\n> text.\n';
  const doc = md(source);
  assert.deepEqual(blockTexts(doc), ['A paragraph that continues *here* with & and © and a link.', 'Quoted text.']);
  const star = doc.text.indexOf('*');
  assert.equal(source[doc.map.toSource(star)], '*');
  const amp = doc.text.indexOf('&');
  assert.deepEqual(doc.map.toSourceRange(amp, amp + 1), [source.indexOf('&amp;'), source.indexOf('&amp;') + 5]);
  const copy = doc.text.indexOf('©');
  assert.equal(source.slice(...doc.map.toSourceRange(copy, copy + 1)), '&copy;');
  const join = doc.repairs.find((r) => r.kind === 'join-line');
  assert.equal(join?.from, '\r\n   ');
  assert.equal(doc.map.position(0, doc.blocks[0]?.end ?? 0).end.line, 2);
  assertMapRoundTrips(doc);
});

test('a BOM before front matter keeps every offset on the file', () => {
  const source = '\ufeff---\npublished: 2020\n---\n\nSome text.\n';
  const doc = md(source);
  assert.equal(doc.metadata.published, '2020');
  assert.equal(doc.text, 'Some text.');
  assert.equal(doc.map.toSource(0), source.indexOf('Some'));
  assert.equal(doc.repairs[0]?.kind, 'bom');
});

test('bad front matter is an invalid-metadata error with line and column', () => {
  const bad = (source: string, line: number, column: number) => {
    assert.throws(
      () => md(source),
      (error: unknown) => {
        const e = error as { code: string; position?: { start: { line: number; column: number } }; file?: string };
        assert.equal(e.code, 'invalid-metadata');
        assert.equal(e.file, 'a.md');
        assert.deepEqual(e.position && { line: e.position.start.line, column: e.position.start.column }, {
          line,
          column,
        });
        return true;
      },
    );
  };
  bad('---\ntitle: ok\npublished: January 2020\n---\n\nText.\n', 3, 12);
  bad('---\npublished: 2020-02-30\n---\n\nText.\n', 2, 12);
  bad('---\ntitle: [a, b]\n---\n\nText.\n', 2, 8);
  bad('---\ntitle: a\ntitle: b\n---\n\nText.\n', 3, 1);
  bad('---\n- just\n- a list\n---\n\nText.\n', 2, 1);
});
