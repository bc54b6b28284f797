import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Claim } from '@factledger/core';
import { readArticle } from '@factledger/parse';
import { extractClaims } from '../src/index.js';

// Articles we wrote on other topics (a budget, an earthquake, tariffs), each with the claims a
// reader finds in it, checked by hand once and pinned in `<article>.claims.json` beside it.
// After a deliberate change, `UPDATE_FIXTURES=1` rewrites the pins: read the diff before committing.
const dir = new URL('../../../fixtures/other-topics/', import.meta.url);
const articles = readdirSync(dir).filter((f) => /\.(md|txt|html)$/.test(f));

const pinned = (c: Claim) => ({ text: c.text, kind: c.kind, value: c.value, unit: c.unit, hedge: c.hedge, per: c.per });

test('there are fixture articles on at least three other topics', () => {
  assert.ok(articles.length >= 3);
});

for (const name of articles) {
  test(`claims in fixtures/other-topics/${name} match the hand-checked list`, async () => {
    const doc = await readArticle(new URL(name, dir).pathname);
    const actual = extractClaims(doc).map(pinned);
    const expectedFile = new URL(`${name}.claims.json`, dir);
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    assert.ok(existsSync(expectedFile), `no pinned claims for ${name}`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}
