import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Document, documentFromMdast, parseArticle, recordReferences } from '@factledger/parse';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { assertMapRoundTrips, blockTexts } from './helpers.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** What a remark user's pipeline hands a plugin: remark-parse, maybe remark-frontmatter. */
const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(recordReferences);
const withoutFrontmatter = unified().use(remarkParse).use(recordReferences);

const tree = (processor: typeof withoutFrontmatter, source: string) => processor.parse(source) as Root;

/** Everything a document says, the map by what it answers. */
function observed(doc: Document) {
  const { map, ...rest } = doc;
  return { ...rest, sources: Array.from({ length: doc.text.length + 1 }, (_, i) => map.toSource(i)) };
}

function markdownFixtures(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}${entry.name}/`);
      else if (entry.name.endsWith('.md')) found.push(`${dir}${entry.name}`);
    }
  };
  walk(fixtures);
  return found;
}

test('the document of a remark tree is the document parseArticle makes, for every Markdown fixture', () => {
  const files = markdownFixtures();
  assert.ok(files.length >= 5, `Markdown fixtures found: ${files.length}`);
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    const expected = observed(parseArticle(source, { id: path }));
    assert.deepEqual(observed(documentFromMdast(tree(withFrontmatter, source), source, { id: path })), expected, path);
    // Without remark-frontmatter the front matter is read from the source and its lines are not text.
    assert.deepEqual(
      observed(documentFromMdast(tree(withoutFrontmatter, source), source, { id: path })),
      expected,
      path,
    );
  }
});

test('front matter without remark-frontmatter: metadata read, its lines not taken for a heading', () => {
  const source =
    '---\ntitle: A short piece\npublished: 2022-05-06\n---\n\nThe council set aside 4.2 million for roads.\n';
  const doc = documentFromMdast(tree(withoutFrontmatter, source), source, { id: 'a.md' });
  assert.deepEqual(blockTexts(doc), ['The council set aside 4.2 million for roads.']);
  assert.equal(doc.metadata.published, '2022-05-06');
  assert.equal(doc.metadata.origin.published, 'frontmatter');
  assert.equal(doc.metadata.title, 'A short piece');
});

test('a bad front matter date is an error at its place in the file, with or without remark-frontmatter', () => {
  const source = '---\npublished: someday\n---\n\nText.\n';
  for (const processor of [withFrontmatter, withoutFrontmatter]) {
    assert.throws(
      () => documentFromMdast(tree(processor, source), source, { id: 'a.md' }),
      (error: Error & { position?: { start: { line: number } } }) =>
        /published: someday/.test(error.message) && error.position?.start.line === 2,
    );
  }
});

test('the tree is the one read: a node a plugin removed is not in the document', () => {
  const source = 'First paragraph, 12 ships.\n\n> A quoted 30 boats.\n\nLast paragraph.\n';
  const parsed = tree(withFrontmatter, source);
  parsed.children = parsed.children.filter((node) => node.type !== 'blockquote');
  const doc = documentFromMdast(parsed, source, { id: 'a.md' });
  assert.deepEqual(blockTexts(doc), ['First paragraph, 12 ships.', 'Last paragraph.']);
});

test('bytes with a byte order mark: positions in the file as on disk, as parseArticle gives them', () => {
  const text = '\ufeff# Title\n\nIt cost &euro;5 and rose by 12%.\n';
  const bytes = new TextEncoder().encode(text);
  // unified decodes a file's bytes without the mark, so the tree's offsets start after it.
  const doc = documentFromMdast(tree(withFrontmatter, new TextDecoder().decode(bytes)), bytes, { id: 'a.md' });
  assert.deepEqual(observed(doc), observed(parseArticle(bytes, { id: 'a.md' })));
  const at = doc.text.indexOf('12%');
  assert.equal(text.slice(doc.map.toSource(at), doc.map.toSource(at) + 3), '12%');
  assertMapRoundTrips(doc);
});

test('a character reference maps to its source when the processor records references', () => {
  const source = 'It cost &#36;5 billion.\n';
  const doc = documentFromMdast(tree(withoutFrontmatter, source), source, { id: 'a.md' });
  const at = doc.text.indexOf('$5');
  assert.deepEqual(doc.map.toSourceRange(at, at + 2), [source.indexOf('&#36;'), source.indexOf('5') + 1]);
});
