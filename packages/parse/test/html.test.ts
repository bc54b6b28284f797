import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import { assertMapRoundTrips, blockTexts } from './helpers.js';

const PAGE = `<!DOCTYPE html>
<html><head>
<title>Allies agree &amp; move on | The Daily</title>
<meta property="article:published_time" content="2021-03-08T10:00:00+09:00">
<meta property="og:site_name" content="The Daily">
<link rel="canonical" href="https://example.com/allies">
<script>var figure = "$9 billion";</script>
<style>p { color: red }</style>
</head>
<body>
<header><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li>Politics</li><li>Business</li></ul></nav>
<article>
  <h1>Allies agree on a  new
      deal</h1>
  <p>The sides agreed to a 13.9&nbsp;% rise&#8212;the first in
     two years &ldquo;at last&rdquo;.</p>
  <figure><img src="a.jpg" alt="ignored"><figcaption>Officials meet. (Photo: Agency)</figcaption></figure>
  <p>Sign up for our newsletter</p>
  <aside>Related: other story with 99%</aside>
  <p>Caf&eacute; owners &lt;3 it. &#x1F600; emoji.</p>
</article>
<article><p>Short related card</p></article>
<footer>&copy; 2021 The Daily</footer>
</body></html>
`;

test('a saved page: article text, headings, captions, no scripts or furniture', () => {
  const doc = parseArticle(PAGE, { id: 'page.html' });
  assert.equal(doc.format, 'html');
  assert.deepEqual(blockTexts(doc), [
    'Allies agree on a new deal',
    'The sides agreed to a 13.9 % rise\u2014the first in two years "at last".',
    'Officials meet. (Photo: Agency)',
    'Sign up for our newsletter',
    'Café owners <3 it. \u{1F600} emoji.',
  ]);
  assert.deepEqual(
    doc.blocks.map((b) => b.kind),
    ['heading', 'body', 'caption', 'boilerplate', 'body'],
  );
  assert.deepEqual(
    { ...doc.metadata },
    {
      title: 'Allies agree & move on | The Daily',
      outlet: 'The Daily',
      published: '2021-03-08',
      url: 'https://example.com/allies',
      origin: { title: 'html-meta', outlet: 'html-meta', published: 'html-meta', url: 'html-meta' },
    },
  );
  assertMapRoundTrips(doc);
  const nbsp = doc.repairs.find((r) => r.kind === 'space');
  assert.equal(nbsp?.from, '&nbsp;');
  const rise = doc.text.indexOf('13.9');
  const position = doc.map.position(rise, rise + 6);
  assert.equal(PAGE.slice(position.start.offset, position.end.offset), '13.9&nbsp;%');
  assert.equal(position.start.line, PAGE.slice(0, PAGE.indexOf('13.9')).split('\n').length);
  const cafe = doc.text.indexOf('é');
  assert.equal(PAGE.slice(...doc.map.toSourceRange(cafe, cafe + 1)), '&eacute;');
});

test('without <article>, <main>; without <main>, <body>', () => {
  const main = parseArticle('<body><nav>Menu</nav><main><p>Main text.</p></main><p>Outside.</p></body>', {
    id: 'x.htm',
  });
  assert.deepEqual(blockTexts(main), ['Main text.']);
  const body = parseArticle('<body><header>Site</header><p>Body text.</p><footer>Foot</footer></body>', {
    id: 'x.html',
  });
  assert.deepEqual(blockTexts(body), ['Body text.']);
});

test('a page with no text outside furniture is empty', () => {
  assert.throws(() => parseArticle('<html><body><script>x()</script><nav>Menu</nav></body></html>', { id: 'x.html' }), {
    code: 'empty',
  });
});

test('a .txt holding an HTML page is read as HTML', () => {
  const doc = parseArticle('<!doctype html><html><body><p>Hi &amp; bye.</p></body></html>', { id: 'saved.txt' });
  assert.equal(doc.format, 'html');
  assert.equal(doc.text, 'Hi & bye.');
});
