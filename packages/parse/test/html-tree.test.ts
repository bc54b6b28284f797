import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { parseHtml } from '../src/html-tree.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const rehype = unified().use(rehypeParse);

// Pages that take parse5's other paths: a table's misplaced text (foster parenting inserts before
// a node), templates, foreign content, attributes with locations, comments, unclosed elements.
const PAGES = [
  '<table><tr><td>one</td></tr>stray €4.7 billion<tr><td>two</td></tr></table>',
  '<template><p>in a template</p></template><p>after</p>',
  '<p>an <svg viewBox="0 0 1 1"><text x="0">5%</text></svg> inline figure</p>',
  '<meta name="date" content="2024-03-01"><article data-x="1" class="a b"><p>Text &amp; 3 million</p></article>',
  '<!-- a comment --><ul><li>first<li>second</ul><p>unclosed <b>bold <i>both</b> italic</i>',
  '<html><head><title>T</title></head><body><h1>Head</h1><p>Body</p></body></html>',
];

test('parseHtml gives the very tree rehype-parse gives, positions included, for fixture pages and tricky markup', () => {
  const pages = [
    ...['articles/cost-talks-saved-page.html', 'genres/election-results.html', 'other-topics/tariffs.html'].map(
      (name) => readFileSync(`${fixtures}${name}`, 'utf8'),
    ),
    ...PAGES,
  ];
  for (const html of pages) assert.deepEqual(parseHtml(html), rehype.parse(html), html.slice(0, 80));
});
