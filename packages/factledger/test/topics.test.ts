import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@factledger/reconcile';
import { runCli } from './run-cli.js';

// Two invented topics, one ledger each, checked in one run: every way a figure used to be tied to
// the wrong fact has a sentence here (see fixtures/topics/).
const schools = 'fixtures/topics/schools.ledger.yaml';
const wildfire = 'fixtures/topics/wildfire.ledger.yaml';
const articles = 'fixtures/topics/articles';
const pinnedFile = fileURLToPath(new URL('../../../fixtures/topics/expected.json', import.meta.url));

async function check(...ledgers: string[]): Promise<Finding[]> {
  const { code, stdout, stderr } = await runCli([
    'check',
    '--format',
    'json',
    '--fail-on',
    'none',
    ...ledgers.flatMap((l) => ['--ledger', l]),
    articles,
  ]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

const both = check(schools, wildfire);

/** The fact finding of a figure, by article and text (the n-th occurrence). */
async function factOf(article: string, text: string, n = 1): Promise<[string | null, string]> {
  const found = (await both).filter(
    (f) => f.rule === 'fact' && f.claim.file.endsWith(`/${article}`) && f.claim.text === text,
  );
  const f = found[n - 1];
  assert.ok(f, `${article} "${text}" #${n}`);
  return [f.fact, f.verdict];
}

test('topics: the findings of both ledgers over both topics, checked by hand', async () => {
  const shown = (await both)
    .filter((f) => f.fact || f.verdict !== 'unmatched')
    .map((f) => [f.rule, f.verdict, `${f.claim.file.replace(`${articles}/`, '')} ${f.claim.text}`, f.fact ?? '']);
  if (process.env.UPDATE_PINNED)
    writeFileSync(pinnedFile, `[\n${shown.map((s) => `  ${JSON.stringify(s)}`).join(',\n')}\n]\n`);
  assert.deepEqual(shown, JSON.parse(readFileSync(pinnedFile, 'utf8')));
});

test('topics: the two ends of "from X to Y" take the earlier and the later fact, swapped or not', async () => {
  assert.deepEqual(await factOf('brackwater-ledger.md', '12%'), ['admin-share-2024', 'match']);
  assert.deepEqual(await factOf('brackwater-ledger.md', '9%'), ['admin-share-2025', 'match']);
  // Written the wrong way round: two conflicts, not two matches found by trying the other fact.
  assert.deepEqual(await factOf('valley-post.md', '9%'), ['admin-share-2024', 'conflict']);
  assert.deepEqual(await factOf('valley-post.md', '12%'), ['admin-share-2025', 'conflict']);
});

test('topics: "A and B got X and Y, respectively" pairs the figures in order', async () => {
  assert.deepEqual(await factOf('brackwater-ledger.md', '$48 million'), ['elementary-funding', 'match']);
  assert.deepEqual(await factOf('brackwater-ledger.md', '$61 million'), ['secondary-funding', 'match']);
  assert.deepEqual(await factOf('valley-post.md', '$61 million'), ['elementary-funding', 'conflict']);
  assert.deepEqual(await factOf('valley-post.md', '$48 million'), ['secondary-funding', 'conflict']);
});

test('topics: two dates in one sentence each take the fact of their own clause', async () => {
  assert.deepEqual(await factOf('brackwater-ledger.md', 'March 4, 2025'), ['levy-approved', 'match']);
  assert.deepEqual(await factOf('brackwater-ledger.md', 'July 1, 2025'), ['levy-effective', 'match']);
  assert.deepEqual(await factOf('valley-post.md', 'March 11, 2025'), ['levy-approved', 'conflict']);
  assert.deepEqual(await factOf('valley-post.md', 'July 1'), ['levy-effective', 'match']);
});

test('topics: each article is checked against the ledger of its own topic only', async () => {
  // "140 teachers" in the fire story: the schools ledger would take it on its own...
  const alone = await check(schools);
  const teachers = (fs: Finding[]) =>
    fs.find((f) => f.rule === 'fact' && f.claim.file.endsWith('/ridge-courier.md') && f.claim.text === '140');
  assert.equal(teachers(alone)?.fact, 'teachers-hired');
  // ...but with both ledgers the fire story is the fire ledger's.
  assert.deepEqual(await factOf('ridge-courier.md', '140'), [null, 'unmatched']);
  // "a fifth of its yearly budget" does not make the fire's cost the schools' budget.
  assert.deepEqual(await factOf('orrin-herald.md', '$85 million'), ['firefighting-cost', 'match']);
  // One finding per figure, however many ledgers.
  const perFigure = new Map<string, number>();
  for (const f of (await both).filter((f) => f.rule === 'fact')) {
    const key = `${f.claim.file}:${f.claim.position.start.offset}`;
    perFigure.set(key, (perFigure.get(key) ?? 0) + 1);
  }
  assert.ok([...perFigure.values()].every((n) => n === 1));
});

test('topics: a fact without a value is checked by comparing the articles, and only then', async () => {
  assert.deepEqual(await factOf('orrin-herald.md', 'three'), ['deaths', 'unmatched']);
  assert.deepEqual(await factOf('ridge-courier.md', 'two'), ['deaths', 'unmatched']);
  const cross = (await both).filter((f) => f.rule === 'cross-article');
  assert.deepEqual(
    cross.map((f) => [f.fact, f.verdict, f.claim.text, f.against?.type === 'claim' ? f.against.claim.text : '']),
    [['deaths', 'conflict', 'three', 'two']],
  );
});

test('topics: both ends of a date range are claims of their own', async () => {
  assert.deepEqual(await factOf('orrin-herald.md', 'August 4'), ['evacuation-start', 'match']);
  assert.deepEqual(await factOf('orrin-herald.md', '6'), ['evacuation-end', 'match']);
  assert.deepEqual(await factOf('ridge-courier.md', 'August 4'), ['evacuation-start', 'match']);
  assert.deepEqual(await factOf('ridge-courier.md', 'August 8'), ['evacuation-end', 'conflict']);
});

test('topics: a weekday is the one before publication in a past-tense sentence', async () => {
  // Published on Thursday 22 and Friday 23 August 2024: "on Tuesday" is the 20th in both.
  assert.deepEqual(await factOf('orrin-herald.md', 'Tuesday'), ['fire-contained', 'match']);
  assert.deepEqual(await factOf('ridge-courier.md', 'Tuesday'), ['fire-contained', 'match']);
});
