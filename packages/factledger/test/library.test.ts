import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadLedger } from '@factledger/ledger';
import { checkArticles } from '../src/index.js';

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
  assert.match(homes?.message ?? '', /Draft Desk, draft\.md:3:/);
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
