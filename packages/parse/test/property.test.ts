import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import fc from 'fast-check';
import { assertMapRoundTrips, pointAt } from './helpers.js';

const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z]{1,9}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^\$?[0-9]{1,4}(\.[0-9])?%?$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\u{1f600}', '\u{1d400}x', 'caf\u00e9', '\u{1f468}\u200d\u{1f469}', '\u00e9t\u00e9'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u201cquote\u201d',
      '\u2018it\u2019s',
      '2019\u20132020',
      '\u22125',
      'a\u00a0b',
      'x\u200by',
      'soft\u00adly',
      'thin\u2009space',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('U.S.', 'Jan.', 'Mr.', 'end.', 'what?', 'wow!', '\u2014', 'and,', 'well-known'),
  },
);

/** A paragraph: words, wrapped into lines of about `width` characters, some hyphenated at the break. */
const paragraph = fc
  .record({
    words: fc.array(word, { minLength: 1, maxLength: 40 }),
    width: fc.integer({ min: 20, max: 90 }),
    hyphenate: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    indent: fc.constantFrom('', ' ', '  '),
  })
  .map(({ words, width, hyphenate, indent }) => {
    const lines: string[] = [];
    let line = '';
    words.forEach((w, k) => {
      if (line.length + w.length > width && line) {
        if (hyphenate[k] && w.length > 3 && /^[A-Za-z]+$/.test(w)) {
          lines.push(`${line} ${w.slice(0, 2)}-`);
          line = indent + w.slice(2);
          return;
        }
        lines.push(line);
        line = indent + w;
      } else line = line ? `${line} ${w}` : indent + w;
    });
    if (line) lines.push(line);
    return lines;
  });

const article = fc
  .record({
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    blankLines: fc.boolean(),
    trailing: fc.constantFrom('', '\n', '\n\n', '  \n'),
  })
  .map(({ paragraphs, eol, bom, blankLines, trailing }) => {
    const body = paragraphs.map((lines) => lines.join(eol)).join(blankLines ? eol + eol : eol);
    return (bom ? '\ufeff' : '') + body + trailing.replace(/\n/g, eol);
  });

function checkDocument(source: string, id: string): void {
  let doc: ReturnType<typeof parseArticle>;
  try {
    doc = parseArticle(source, { id });
  } catch (error) {
    // Only input with no text at all may be refused.
    assert.equal((error as { code?: string }).code, 'empty');
    return;
  }
  assert.equal(doc.source, source);
  assertMapRoundTrips(doc);
  const { text, map } = doc;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const at = map.toSource(i);
    assert.ok(at >= previous, 'the map never goes backwards');
    previous = at;
    const { start } = map.position(i, i + 1);
    assert.deepEqual({ line: start.line, column: start.column }, pointAt(source, at));
    assert.equal(start.offset, at);
  }
  for (const r of doc.repairs) {
    assert.equal(source.slice(r.position.start.offset, r.position.end.offset), r.from, `${r.kind} repair`);
  }
  for (const s of doc.sentences) {
    const [from, to] = map.toSourceRange(s.start, s.end);
    assert.ok(from <= to && to <= source.length);
  }
  assert.ok(
    !text.includes('\ufeff') && !text.includes('\u200b') && !text.includes('\u00a0') && !text.includes('\u201c'),
  );
}

test('property: every cleaned character maps back to its source character (plain text)', () => {
  fc.assert(
    fc.property(article, (source) => checkDocument(source, 'a.txt')),
    { numRuns: 300 },
  );
});

test('property: the same for Markdown', () => {
  fc.assert(
    fc.property(article, (source) => checkDocument(source, 'a.md')),
    { numRuns: 200 },
  );
});

test('property: no input makes the parser throw anything but a typed error', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom('a.txt', 'a.md', 'a.html'),
      (source, id) => {
        try {
          const doc = parseArticle(source, { id });
          assert.ok(doc.map.toSource(doc.text.length) <= source.length);
        } catch (error) {
          assert.equal((error as Error).name, 'FactledgerError', String((error as Error).stack));
        }
      },
    ),
    { numRuns: 300 },
  );
});
