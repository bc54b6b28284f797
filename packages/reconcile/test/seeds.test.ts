import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Claim } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { loadLedger } from '@factledger/ledger';
import { readArticle } from '@factledger/parse';
import { type ArticleInfo, type Finding, reconcile } from '@factledger/reconcile';

// The real articles live next to the repository; without them this test is skipped, not failed.
const seeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const gold = fileURLToPath(new URL('../../../../shared/eval/seeds/gold/', import.meta.url));
const ledgerFile = fileURLToPath(new URL('../../../fixtures/cost-sharing/ledger.yaml', import.meta.url));
const pinnedFile = fileURLToPath(new URL('./seeds.expected.json', import.meta.url));
const skip = !existsSync(seeds) || !existsSync(gold) ? 'needs ../shared/seeds and ../shared/eval' : false;

async function run(): Promise<Finding[]> {
  const claims: Claim[] = [];
  const articles: Record<string, ArticleInfo> = {};
  for (const name of readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const { published } = JSON.parse(readFileSync(`${gold}${name.replace(/\.txt$/, '.json')}`, 'utf8'));
    const doc = await readArticle(`${seeds}${name}`, { published });
    articles[doc.id] = { published };
    claims.push(...extractClaims(doc));
  }
  return reconcile(claims, await loadLedger(ledgerFile), { articles });
}

/** What a finding says, without ids and places that move when the extractor changes. */
function summary(f: Finding): string[] {
  const text = (c: Claim) =>
    `${basename(c.document).slice(0, 3)} ${c.hedgeText ? `${c.hedgeText} ` : ''}${c.text.replace(/\s+/g, ' ')}`;
  const against =
    f.against?.type === 'claim' || f.against?.type === 'rate'
      ? text(f.against.claim)
      : f.against?.type === 'arithmetic'
        ? `${text(f.against.from)} -> ${f.against.to.text}`
        : '';
  return [f.rule, f.verdict, text(f.claim), f.fact ?? f.candidates?.join(' | ') ?? '', against];
}

test('seeds: the findings checked by hand', { skip }, async () => {
  const findings = await run();
  const pinned: string[][] = JSON.parse(readFileSync(pinnedFile, 'utf8'));
  const shown = findings.filter((f) => f.fact || f.verdict !== 'unmatched').map(summary);
  if (process.env.UPDATE_PINNED) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(pinnedFile, `[\n${shown.map((s) => `  ${JSON.stringify(s)}`).join(',\n')}\n]\n`);
  }
  assert.deepEqual(shown, pinned);
  // Everything not pinned is a figure the ledger does not know.
  for (const f of findings.filter((f) => !f.fact && f.verdict === 'unmatched')) assert.equal(f.rule, 'fact');
});

test('seeds: the bar', { skip }, async () => {
  const findings = await run();
  const about = (fact: string, rule: Finding['rule'] = 'fact') =>
    findings.filter((f) => f.fact === fact && f.rule === rule);
  const verdicts = (list: Finding[]) =>
    list.map((f) => `${f.claim.hedgeText ?? ''} ${f.claim.text.replace(/\s+/g, ' ')}: ${f.verdict}`.trim());

  // One real conflict: 001 dates the one-year deal from 2020; it was in effect for 2019. Nothing else is red.
  assert.deepEqual(
    findings
      .filter((f) => f.verdict === 'conflict')
      .map((f) => [basename(f.claim.document).slice(0, 3), f.claim.text, f.fact]),
    [['001', '2020', 'sma10-in-effect']],
    'the one real conflict and no false one',
  );
  // The initial demand: $4.7 billion, about/nearly $5 billion, five-fold, up to 400% more.
  assert.deepEqual(verdicts(about('us-demand-2020')), [
    '$4.7 billion: match',
    'about $5 billion: rounded',
    'nearly $5 billion: rounded',
  ]);
  assert.deepEqual(verdicts(about('us-demand-multiple')), [
    'up to 400%: rounded',
    'five-fold: rounded',
    'five-fold: rounded',
  ]);
  // The ledger holds these values, so each article is judged against it alone, never against another.
  assert.deepEqual(
    findings.filter((f) => f.rule === 'cross-article').map((f) => f.message),
    [],
  );
  // The 2021 increase: about 13.9% and roughly 14% are one figure, rounded.
  assert.deepEqual(verdicts(about('increase-2021')), ['about 13.9%: match', 'roughly 14%: rounded']);
  // The 2019 contribution: the won figure and its conversions are one payment; $800 million is the year before.
  // 004 (March 2020) calls it the current contribution: the 2020 level, frozen at the 2019 amount.
  assert.deepEqual(verdicts([...about('contribution-2019'), ...about('contribution-2020')]).sort(), [
    'KRW 1.039 trillion: match',
    'about $1 billion: rounded',
  ]);
  // The 2019 article's "$1 billion" is the same payment, rounded to one figure.
  assert.deepEqual(verdicts(about('contribution-2019-usd')), [
    '$1 billion: rounded',
    '$1 billion: rounded',
    'about $870 million: match',
    '$875 million: match',
  ]);
  // "$800 million" is the year before, 2018, never a 2019 figure.
  assert.deepEqual(
    findings.filter((f) => f.claim.text === '$800 million').map((f) => [f.rule, f.fact]),
    [
      ['fact', 'contribution-2018'],
      ['fact', 'contribution-2018'],
    ],
  );
  // The 2018 payment (about $873 million) stated as a round "$800 million", with or without "some":
  // a round-down the stated precision (hundreds of millions) covers.
  assert.deepEqual(verdicts(about('contribution-2018')), ['$800 million: rounded', 'some $800 million: rounded']);
  // The 2018 US demand ("100 percent, to around $1.6 billion") is its own disputed fact, not the 2020 one.
  assert.deepEqual(
    [...about('us-demand-2018'), ...about('us-demand-2018-increase')].map((f) => [f.claim.text, f.verdict]),
    [
      ['$1.6 billion', 'unmatched'],
      ['100 percent', 'unmatched'],
    ],
  );
  assert.deepEqual(
    findings.filter((f) => f.rule === 'conversion').map((f) => f.verdict),
    ['match', 'match'],
  );
  // Every "28,500" agrees with the ledger.
  const troops = findings.filter((f) => f.claim.text === '28,500');
  assert.ok(troops.every((f) => f.fact === 'troop-level' && f.verdict === 'match'));
  assert.equal(troops.filter((f) => f.rule === 'fact').length, 5);
  // The seventh round of 2020 and that of 2024 are different facts, never compared.
  const rounds = findings.filter((f) => f.claim.text === 'seventh');
  assert.deepEqual(rounds.map((f) => f.fact).sort(), ['talks-2020-round-7', 'talks-2024-round-7']);
  assert.ok(rounds.every((f) => f.rule === 'fact'));
});
