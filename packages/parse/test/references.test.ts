import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import { assertMapRoundTrips } from './helpers.js';

/** The source text the cleaned text's first `needle` maps back to. */
function sourceOf(source: string, id: string, needle: string): string {
  const doc = parseArticle(source, { id });
  const at = doc.text.indexOf(needle);
  assert.ok(at >= 0, `${JSON.stringify(needle)} in ${JSON.stringify(doc.text)}`);
  const [from, to] = doc.map.toSourceRange(at, at + needle.length);
  return source.slice(from, to);
}

test('markdown: `&s;` names no character, so it is text and what follows keeps its place', () => {
  const source = 'The &s;s rose 5% and then 7% in a year.';
  assert.equal(sourceOf(source, 'a.md', '5%'), '5%');
  assert.equal(sourceOf(source, 'a.md', '7% in a year.'), '7% in a year.');
  assert.equal(sourceOf(source, 'a.md', '&s;s'), '&s;s');
});

test('markdown: an invalid numeric reference (`&#6;`) is one character, U+FFFD, even before another', () => {
  const source = 'Costs &ngE;&#6; rose 5%, &#0# and 7%.';
  assert.equal(sourceOf(source, 'a.md', '\ufffd rose'), '&#6; rose');
  assert.equal(sourceOf(source, 'a.md', '&#0# and 7%.'), '&#0# and 7%.');
});

test('markdown: a reference decoded to two characters, then text on the next line', () => {
  const source = 'Costs &ngE; rose\n&eacute;t&eacute; 5% and 7%.';
  assert.equal(sourceOf(source, 'a.md', '\u2267\u0338'), '&ngE;');
  assert.equal(sourceOf(source, 'a.md', '\u00e9t\u00e9 5%'), '&eacute;t&eacute; 5%');
  assert.equal(sourceOf(source, 'a.md', '7%.'), '7%.');
});

test('markdown: an escaped `&` and code keep `&amp;` as text', () => {
  const source = 'Costs \\&amp;amp; rose 5%, `&amp;\ncode` then 7%.';
  assert.equal(sourceOf(source, 'a.md', '&amp;amp; rose 5%'), '&amp;amp; rose 5%');
  assert.equal(sourceOf(source, 'a.md', '&amp; code'), '&amp;\ncode');
  assert.equal(sourceOf(source, 'a.md', '7%.'), '7%.');
});

test('markdown: a tab in front of indented code stands for the spaces the code keeps', () => {
  const source = '> Quote.\n>\n> \t\tThe 7% rise.';
  assert.equal(sourceOf(source, 'a.md', 'The 7% rise.'), 'The 7% rise.');
});

test('markdown: only a code span reads a line ending as a space, not a fenced block', () => {
  const source = 'Costs `rose\n5%` then:\n```\n 7% more.\n```';
  assert.equal(sourceOf(source, 'a.md', 'rose 5%'), 'rose\n5%');
  assertMapRoundTrips(parseArticle(source, { id: 'a.md' }));
});

test('markdown: a NUL is read as U+FFFD and keeps its place', () => {
  const source = 'Costs \u0000 rose 5% and 7%.';
  assert.equal(sourceOf(source, 'a.md', '\ufffd rose'), '\u0000 rose');
  assert.equal(sourceOf(source, 'a.md', '7%.'), '7%.');
});

test('html: a numeric reference without `;` (`&#0Monday`) ends at the first non-digit', () => {
  const source = '<p>Costs &#0Monday rose 5%, &ngE;&#6; and 7%.</p>';
  assert.equal(sourceOf(source, 'a.html', '\ufffdMonday'), '&#0Monday');
  assert.equal(sourceOf(source, 'a.html', '\u0006 and 7%.'), '&#6; and 7%.');
});

test('html: legacy names decode without `;`, as the HTML spec says (`&notit;` is ¬it;)', () => {
  const source = '<p>Costs &notit; &copy 2024 rose 5% and &s;s 7%.</p>';
  assert.equal(sourceOf(source, 'a.html', '\u00acit;'), '&notit;');
  assert.equal(sourceOf(source, 'a.html', '\u00a9 2024'), '&copy 2024');
  assert.equal(sourceOf(source, 'a.html', '&s;s 7%.'), '&s;s 7%.');
});

test('html: `<xmp>` text is read as it is, references and all', () => {
  const source = '<body><xmp>Costs &amp;a rose 5% and 7%.</xmp></body>';
  assert.equal(sourceOf(source, 'a.html', '&amp;a rose'), '&amp;a rose');
  assert.equal(sourceOf(source, 'a.html', '7%.'), '7%.');
});

test('html: a CDATA section in MathML is text without references', () => {
  const source = '<p><math><![CDATA[&amp;a 5%]]></math> and 7%.</p>';
  assert.equal(sourceOf(source, 'a.html', '&amp;a 5%'), '&amp;a 5%');
  assert.equal(sourceOf(source, 'a.html', '7%.'), '7%.');
});

test('html: a reference right after whitespace the parser ignores keeps its place', () => {
  // parse5 puts the start of this text on the last character of `&copy`.
  const source = '\n  &copy<xmp>Costs rose 7%.</xmp>';
  assert.equal(sourceOf(source, 'a.html', '\u00a9'), '&copy');
  assert.equal(sourceOf(source, 'a.html', '7%.'), '7%.');
});
