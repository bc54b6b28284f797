import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type LedgerFile, loadLedger } from '@factledger/ledger';
import { parse } from 'yaml';
import {
  type ArticleText,
  type CheckEvent,
  type CheckResult,
  checkArticles,
  checkStream,
  type Finding,
} from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('checkArticles: paths and texts against several ledgers, given as paths or loaded, in one call', async () => {
  const wildfire = await loadLedger(`${root}fixtures/topics/wildfire.ledger.yaml`);
  const { findings, errors } = await checkArticles(
    [
      'fixtures/topics/articles/valley-post.md',
      {
        id: 'draft.md',
        text: '# Fire update\n\nThe Tallow Ridge fire destroyed 430 homes, officials said on Monday.\n',
        published: '2024-08-21',
        outlet: 'Draft Desk',
      },
    ],
    ['fixtures/topics/schools.ledger.yaml', wildfire],
    { cwd: root },
  );
  assert.deepEqual(errors, []);
  const fact = (file: string, text: string) =>
    findings.find((f) => f.rule === 'fact' && f.claim.file === file && f.claim.text === text);
  // Each article gets its own topic's ledger; findings name the ledger as it was given.
  assert.equal(fact('fixtures/topics/articles/valley-post.md', '$61 million')?.verdict, 'conflict');
  const homes = fact('draft.md', '430');
  assert.equal(homes?.fact, 'homes-destroyed');
  assert.equal(homes?.verdict, 'match');
  assert.equal(homes?.claim.position.start.line, 3);
  assert.equal(homes?.message, '"430" matches 430 homes (homes-destroyed)');
  const budget = fact('fixtures/topics/articles/valley-post.md', '$440 million');
  assert.equal(budget?.against?.type === 'fact' && budget.against.ledger.file, 'fixtures/topics/schools.ledger.yaml');
  // Plain JSON: what a CMS or a notebook stores.
  assert.deepEqual(JSON.parse(JSON.stringify(findings)), findings);
});

test('checkArticles: an unreadable article is reported and the others are still checked', async () => {
  const { findings, errors } = await checkArticles(
    ['fixtures/topics/articles/nowhere.md', 'fixtures/topics/articles/orrin-herald.md'],
    'fixtures/topics/wildfire.ledger.yaml',
    { cwd: root },
  );
  assert.equal(errors.length, 1);
  assert.match(errors[0]?.format() ?? '', /nowhere\.md/);
  assert.ok(findings.some((f) => f.fact === 'fire-contained'));
});

test('checkArticles: a ledger held in memory as plain data gives the findings its file gives', async () => {
  const path = 'fixtures/topics/wildfire.ledger.yaml';
  const data = parse(readFileSync(`${root}${path}`, 'utf8')) as LedgerFile;
  const article = 'fixtures/topics/articles/orrin-herald.md';
  const fromFile = await checkArticles([article], path, { cwd: root });
  const fromData = await checkArticles([article], data, { cwd: root });
  const rows = (r: CheckResult) => r.findings.map((f) => `${f.claim.text} ${f.fact} ${f.verdict}`);
  assert.ok(fromData.findings.some((f) => f.verdict === 'match'));
  assert.deepEqual(rows(fromData), rows(fromFile));
  // Invalid data is refused as a file would be, with the place of each problem.
  await assert.rejects(checkArticles([article], { ...data, facts: [{ id: 'x' }] } as unknown as LedgerFile), {
    name: 'FactledgerError',
    message: /facts\[0\]/,
  });
});

test('checkStream: yields each article before reading the next, then the cross-article findings', async () => {
  const pulled: string[] = [];
  async function* feed() {
    for (const item of [
      'fixtures/reconcile/articles/coast-wire.md',
      'fixtures/reconcile/articles/missing.md',
      'fixtures/reconcile/articles/harbour-gazette.md',
    ]) {
      pulled.push(item);
      yield item;
    }
  }
  const events: CheckEvent[] = [];
  const pulledAtEvent: number[] = [];
  for await (const event of checkStream(feed(), 'fixtures/reconcile/ledger.yaml', { cwd: root })) {
    events.push(event);
    pulledAtEvent.push(pulled.length);
  }
  assert.deepEqual(
    events.map((e) => (e.type === 'cross-article' ? e.type : `${e.type} ${e.file}`)),
    [
      'article fixtures/reconcile/articles/coast-wire.md',
      'error fixtures/reconcile/articles/missing.md',
      'article fixtures/reconcile/articles/harbour-gazette.md',
      'cross-article',
    ],
  );
  // Lazy: the first article's findings arrive while the feed has given only that article.
  assert.deepEqual(pulledAtEvent, [1, 2, 3, 3]);
  // The same findings as one call over the whole set.
  const whole = await checkArticles(
    ['fixtures/reconcile/articles/coast-wire.md', 'fixtures/reconcile/articles/harbour-gazette.md'],
    'fixtures/reconcile/ledger.yaml',
    { cwd: root },
  );
  const streamed = events.flatMap((e) => (e.type === 'error' ? [] : e.findings));
  const row = (f: Finding) => `${f.rule} ${f.claim.file} ${f.claim.position.start.offset} ${f.fact} ${f.verdict}`;
  assert.ok(streamed.some((f) => f.rule === 'cross-article'));
  assert.deepEqual(streamed.map(row).sort(), whole.findings.map(row).sort());
});

test('checkStream: texts from a plain array, with their dates and outlets', async () => {
  const events: CheckEvent[] = [];
  const drafts: ArticleText[] = [
    { id: 'a.md', text: 'The Tallow Ridge fire destroyed 430 homes.', published: '2024-08-21', outlet: 'Desk' },
    { id: 'b.md', text: 'The Tallow Ridge fire destroyed 450 homes.', published: '2024-08-21', outlet: 'Desk' },
  ];
  for await (const e of checkStream(drafts, 'fixtures/topics/wildfire.ledger.yaml', { cwd: root })) events.push(e);
  const verdicts = events
    .flatMap((e) => (e.type === 'article' ? e.findings : []))
    .map((f) => `${f.claim.file} ${f.verdict}`);
  assert.deepEqual(verdicts, ['a.md match', 'b.md conflict']);
});
