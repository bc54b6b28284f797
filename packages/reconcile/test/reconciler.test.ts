import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Claim } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { loadLedger } from '@factledger/ledger';
import { parseArticle, readArticle } from '@factledger/parse';
import { type ArticleInfo, type Finding, Reconciler, reconcile } from '@factledger/reconcile';

const dir = fileURLToPath(new URL('../../../fixtures/reconcile/', import.meta.url));

async function fixtureArticles() {
  const out: { claims: Claim[]; info: ArticleInfo }[] = [];
  for (const name of readdirSync(`${dir}articles`).sort()) {
    const doc = await readArticle(`${dir}articles/${name}`);
    const info: ArticleInfo = {
      ...(doc.metadata.published ? { published: doc.metadata.published } : {}),
      ...(doc.metadata.outlet ? { outlet: doc.metadata.outlet } : {}),
    };
    out.push({ claims: extractClaims(doc, info.published ? { published: info.published } : {}), info });
  }
  return out;
}

const row = (f: Finding) =>
  `${f.rule} ${f.verdict} ${f.claim.document}:${f.claim.position.start.offset} ${f.fact ?? ''}`;

test('checked one article at a time, the fixture articles get exactly the findings of one reconcile call', async () => {
  const ledger = await loadLedger(`${dir}ledger.yaml`);
  const articles = await fixtureArticles();
  const whole = reconcile(
    articles.flatMap((a) => a.claims),
    ledger,
    { articles: Object.fromEntries(articles.map((a) => [a.claims[0]?.document, a.info])) },
  );
  const reconciler = new Reconciler(ledger);
  const perArticle = articles.flatMap((a) => reconciler.article(a.claims, a.info));
  const cross = reconciler.crossArticle();
  // The fixture pair disagrees about a valueless fact: only the cross-article step can see it.
  assert.ok(cross.length > 0 && cross.every((f) => f.rule === 'cross-article'));
  assert.ok(perArticle.every((f) => f.rule !== 'cross-article'));
  assert.deepEqual([...perArticle, ...cross].map(row).sort(), whole.map(row).sort());
});

test('the cross-article step judges the claims as they were given, though the caller reuses its claim objects after', async () => {
  const ledger = await loadLedger(`${dir}ledger.yaml`);
  const expected = new Reconciler(ledger);
  for (const a of await fixtureArticles()) expected.article(a.claims, a.info);
  const reconciler = new Reconciler(ledger);
  for (const a of await fixtureArticles()) {
    reconciler.article(a.claims, a.info);
    // A feed that recycles its claim objects for the next article: what was kept must not change.
    for (const c of a.claims) {
      c.value = typeof c.value === 'number' ? c.value * 1000 : c.value;
      c.sentence = '';
    }
  }
  const cross = reconciler.crossArticle();
  assert.ok(cross.length > 0);
  assert.deepEqual(cross, expected.crossArticle());
});

test('crossArticleFindings gives the same findings as crossArticle, one at a time, each with its claim as it was given', async () => {
  const ledger = await loadLedger(`${dir}ledger.yaml`);
  const reconciler = new Reconciler(ledger);
  const given = new Map<string, Claim>();
  for (const a of await fixtureArticles()) {
    reconciler.article(a.claims, a.info);
    for (const c of a.claims) given.set(`${c.document}#${c.id}`, c);
  }
  const all = reconciler.crossArticle();
  const each = reconciler.crossArticleFindings();
  const first = each.next();
  assert.ok(!first.done, 'a finding comes before the caller asks for the rest');
  const streamed = [first.value, ...each];
  assert.deepEqual(streamed, all);
  for (const f of streamed) {
    if (f.against?.type !== 'claim') continue;
    const { file, ...claim } = f.claim;
    assert.equal(file, claim.document);
    assert.deepEqual(claim, given.get(`${claim.document}#${claim.id}`));
    const { file: _f, ...other } = f.against.claim;
    assert.deepEqual(other, given.get(`${other.document}#${other.id}`));
  }
});

test('compareArticles: false leaves the cross-article step empty', async () => {
  const ledger = await loadLedger(`${dir}ledger.yaml`);
  const reconciler = new Reconciler(ledger, { compareArticles: false });
  for (const a of await fixtureArticles()) reconciler.article(a.claims, a.info);
  assert.deepEqual(reconciler.crossArticle(), []);
});

test('a sentence repeated word for word is judged once per copy, each copy on its own', async () => {
  const ledger = await loadLedger(
    fileURLToPath(new URL('../../../fixtures/topics/wildfire.ledger.yaml', import.meta.url)),
  );
  const line = 'The Tallow Ridge fire destroyed 450 homes, officials said on Monday.';
  const once = parseArticle(`# Fire\n\n${line}\n`, { id: 'once.md', published: '2024-08-21' });
  const thrice = parseArticle(`# Fire\n\n${line}\n\n${line}\n\n${line}\n`, {
    id: 'thrice.md',
    published: '2024-08-21',
  });
  const judged = (doc: typeof once) =>
    reconcile(extractClaims(doc), ledger, { articles: { [doc.id]: { published: '2024-08-21' } } })
      .filter((f) => f.rule === 'fact')
      .map((f) => `${f.claim.text} ${f.fact} ${f.verdict}`);
  const one = judged(once);
  assert.ok(one.includes('450 homes-destroyed conflict'), one.join('\n'));
  assert.deepEqual(judged(thrice).sort(), [...one, ...one, ...one].sort());
});
