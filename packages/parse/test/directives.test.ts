import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Directive, parseArticle } from '@factledger/parse';

function directives(source: string, id = 'a.md'): Directive[] {
  return parseArticle(source, { id }).directives;
}

/** The 1-based line and UTF-16 column of `offset` in `source`, counting CRLF as one line break. */
function pointAt(source: string, offset: number): { line: number; column: number; offset: number } {
  const before = source.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - lastBreak, offset };
}

function lineOf(source: string, text: string): number {
  return pointAt(source, source.indexOf(text)).line;
}

test('a Markdown comment gives its kind, rules, reason and place on disk', () => {
  const source = [
    '# Harbour report',
    '',
    '<!-- factledger-disable-next-line fact/conflict, fact/rounded -- the desk checked the minutes -->',
    'The pier cost €40 million.',
    '',
  ].join('\n');
  const [d, ...more] = directives(source);
  assert.equal(more.length, 0);
  const start = source.indexOf('<!--');
  const end = source.indexOf('-->') + 3;
  assert.deepEqual(d, {
    kind: 'disable-next-line',
    rules: ['fact/conflict', 'fact/rounded'],
    reason: 'the desk checked the minutes',
    position: { start: pointAt(source, start), end: pointAt(source, end) },
    line: lineOf(source, 'The pier'),
  });
});

test('next line is the next line with content: blank lines and comment-only lines are passed over', () => {
  const source = [
    'Intro.',
    '<!-- factledger-disable-next-line -->',
    '',
    '<!-- an editor note -->',
    '   ',
    'The pier cost €40 million.',
  ].join('\n');
  const [d] = directives(source);
  assert.equal(d?.kind, 'disable-next-line');
  assert.equal(d?.kind === 'disable-next-line' && d.line, lineOf(source, 'The pier'));
  assert.deepEqual(d?.rules, []);
  assert.equal(d?.reason, undefined);
});

test('positions are right after CRLF line endings, non-ASCII text and a byte order mark', () => {
  const source =
    '\ufeff# Ærø’s fjord 🚢 — naïve café\r\n\r\nÜber 😀 text. <!-- factledger-disable-line fact/* -->\r\n\r\n<!-- factledger-disable-next-line -->\r\nThe ferry cost €9 million.\r\n';
  const [line, next] = directives(source);
  const at = source.indexOf('<!-- factledger-disable-line');
  assert.deepEqual(line?.position.start, pointAt(source, at));
  assert.deepEqual(line?.position.end, pointAt(source, source.indexOf('-->', at) + 3));
  assert.equal(line?.kind === 'disable-line' && line.line, lineOf(source, 'Über'));
  assert.equal(next?.kind === 'disable-next-line' && next.line, lineOf(source, 'The ferry'));
  assert.deepEqual(next?.position.start, pointAt(source, source.indexOf('<!-- factledger-disable-next-line')));
});

test('a comment inside code is text, not a directive', () => {
  const source = [
    'Some text.',
    '',
    '```html',
    '<!-- factledger-disable -->',
    '```',
    '',
    '    <!-- factledger-disable-next-line -->',
    '',
    'Inline `<!-- factledger-disable-line -->` code.',
  ].join('\n');
  assert.deepEqual(directives(source), []);
});

test('block directives, several in one HTML block, and kinds spelled exactly', () => {
  const source = [
    '<!-- factledger-disable fact/rounded --><!-- factledger-enable -->',
    '',
    '<!--factledger-disable-->',
    '',
    '<!-- factledger-disabled fact/rounded -->',
    '',
    '<!-- factledger disable -->',
    '',
    'Text.',
  ].join('\n');
  assert.deepEqual(
    directives(source).map((d) => [d.kind, d.rules, d.position.start.line, d.position.start.column]),
    [
      ['disable', ['fact/rounded'], 1, 1],
      ['enable', [], 1, 41],
      ['disable', [], 3, 1],
    ],
  );
});

test('an HTML article gives its comments, but not text that only looks like one', () => {
  const source = [
    '<!doctype html>',
    '<html><body>',
    '<!-- factledger-disable fact/conflict -- quoted from the filing -->',
    '<p>The pier cost €40 million.</p>',
    '<textarea><!-- factledger-disable-line --></textarea>',
    '<pre>&lt;!-- factledger-enable --&gt;</pre>',
    '</body></html>',
  ].join('\n');
  const found = directives(source, 'page.html');
  assert.equal(found.length, 1);
  assert.equal(found[0]?.kind, 'disable');
  assert.equal(found[0]?.reason, 'quoted from the filing');
  assert.deepEqual(found[0]?.position.start, pointAt(source, source.indexOf('<!-- factledger')));
});

test('plain text has no directives: its angle brackets are words', () => {
  assert.deepEqual(directives('A note <!-- factledger-disable --> in plain text.\n', 'a.txt'), []);
});

test('a stack of directives over one line all reach it, read in time linear in the stack', () => {
  const n = 20_000;
  const source = `${'<!-- factledger-disable-next-line fact/rounded -->\n'.repeat(n)}\nThe pier cost €40 million.\n`;
  const started = performance.now();
  const found = directives(source);
  const elapsed = performance.now() - started;
  assert.equal(found.length, n);
  assert.ok(found.every((d) => d.kind === 'disable-next-line' && d.line === n + 2));
  assert.ok(elapsed < 10_000, `${elapsed} ms`);
});
