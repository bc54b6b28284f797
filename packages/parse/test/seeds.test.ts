import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Document, readArticle } from '@factledger/parse';
import { assertMapRoundTrips, blockTexts } from './helpers.js';

/** The real articles the product is built for; only present beside a checkout, never copied into it. */
const seeds = new URL('../../../../shared/seeds/', import.meta.url);
const present = existsSync(fileURLToPath(seeds));
const skip = present ? false : 'no ../shared/seeds beside the checkout';

async function seed(prefix: string): Promise<Document> {
  const name = readdirSync(seeds).find((f) => f.startsWith(prefix));
  assert.ok(name, prefix);
  return readArticle(fileURLToPath(new URL(name, seeds)));
}

test('every seed parses, round-trips its map and straightens its quotes', { skip }, async () => {
  for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const doc = await readArticle(fileURLToPath(new URL(name, seeds)));
    assertMapRoundTrips(doc);
    assert.doesNotMatch(doc.text, /[\u2018\u2019\u201c\u201d\u00a0]/, name);
    assert.ok(doc.sentences.length > 10, name);
    for (const block of doc.blocks) assert.ok(!doc.text.slice(block.start, block.end).includes('\n'), name);
  }
});

test('004 (PDF text): hard-wrapped lines are joined into paragraphs', { skip }, async () => {
  const doc = await seed('004');
  const body = doc.blocks.filter((b) => b.kind === 'body');
  assert.ok(body.length >= 10 && body.length <= 25, `paragraphs: ${body.length}`);
  assert.match(doc.text, /military cost-sharing deal been so contentious\?/);
  assert.match(doc.text, /KRW 1\.039 trillion \(\$875 million\)/);
  assert.match(doc.text, /disruption—and tension—in this/);
  assert.match(doc.text, /the US "ask" is significantly larger/);
  const joins = doc.repairs.filter((r) => r.kind === 'join-line');
  assert.ok(joins.length > 80, `joins: ${joins.length}`);
  // Each sentence maps back to the file: its first word is where the position says.
  for (const s of doc.sentences) {
    const word = doc.text.slice(s.start, s.end).split(' ')[0] ?? '';
    assert.equal(
      doc.source.slice(s.position.start.offset, (s.position.start.offset ?? 0) + word.length),
      word.replace(/"/g, '\u201c'),
    );
  }
});

test('003 (wire copy): dateline metadata, captions and debris', { skip }, async () => {
  const doc = await seed('003');
  assert.equal(doc.metadata.published, '2020-01-24');
  assert.equal(doc.metadata.outlet, 'Yonhap');
  const kinds = new Map(blockTexts(doc).map((t, k) => [t, doc.blocks[k]?.kind]));
  assert.equal(kinds.get('(END)'), 'boilerplate');
  assert.equal(kinds.get('Go to Contents Go to Navigation'), 'boilerplate');
  assert.equal(kinds.get('Send Feedback'), 'boilerplate');
  assert.ok([...kinds].some(([t, k]) => t.includes('(PHOTO NOT FOR SALE)') && k === 'caption'));
});

test('001 and 002 (scraped pages): copyright metadata, photo credits, subscribe prompts', { skip }, async () => {
  const one = await seed('001');
  assert.equal(one.metadata.published, '2024');
  assert.equal(one.metadata.origin.published, 'copyright');
  assert.ok(blockTexts(one).some((t, k) => t.endsWith('/TNS)') && one.blocks[k]?.kind === 'caption'));
  const two = await seed('002');
  assert.ok(blockTexts(two).some((t, k) => t.startsWith('Credit:') && two.blocks[k]?.kind === 'caption'));
  assert.ok(blockTexts(two).some((t, k) => /Click here to subscribe/.test(t) && two.blocks[k]?.kind === 'boilerplate'));
  const zero = await seed('000');
  assert.ok(zero.repairs.filter((r) => r.kind === 'space').length > 20, 'NBSPs repaired');
  assert.equal(blockTexts(zero).at(-1), 'Exit mobile version');
  assert.equal(zero.blocks.at(-1)?.kind, 'boilerplate');
});
