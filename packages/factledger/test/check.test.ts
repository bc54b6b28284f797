import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@factledger/reconcile';
import { runCli } from './run-cli.js';

const ledger = 'fixtures/reconcile/ledger.yaml';
const articles = 'fixtures/reconcile/articles';
const pinnedFile = fileURLToPath(new URL('../../../fixtures/reconcile/expected.json', import.meta.url));

function summary(f: Finding): string[] {
  const against =
    f.against?.type === 'claim' || f.against?.type === 'rate'
      ? f.against.claim.text
      : f.against?.type === 'arithmetic'
        ? `${f.against.from.text} -> ${f.against.to.text}`
        : '';
  const file = f.claim.file.replace(`${articles}/`, '');
  return [f.rule, f.verdict, `${file} ${f.claim.text}`, f.fact ?? f.candidates?.join(' | ') ?? '', against];
}

test('check --format json: the fixture findings, checked by hand', async () => {
  const { code, stdout, stderr } = await runCli(['check', '--format', 'json', '--ledger', ledger, articles]);
  assert.equal(stderr, '');
  assert.equal(code, 1, 'conflicts exit 1');
  const { findings } = JSON.parse(stdout) as { findings: Finding[] };
  const shown = findings.filter((f) => f.fact || f.verdict !== 'unmatched').map(summary);
  if (process.env.UPDATE_PINNED)
    writeFileSync(pinnedFile, `[\n${shown.map((s) => `  ${JSON.stringify(s)}`).join(',\n')}\n]\n`);
  assert.deepEqual(shown, JSON.parse(readFileSync(pinnedFile, 'utf8')));
  // A real conflict of each kind, a bad conversion and an arithmetic error.
  const conflicts = findings.filter((f) => f.verdict === 'conflict' && f.rule === 'fact');
  assert.deepEqual(
    [...new Set(conflicts.map((f) => f.claim.kind))].sort(),
    ['date', 'money', 'multiplier', 'percent', 'count'].sort(),
  );
  assert.ok(findings.some((f) => f.rule === 'conversion' && f.verdict === 'conflict'));
  assert.ok(findings.some((f) => f.rule === 'arithmetic' && f.verdict === 'conflict'));
  for (const verdict of ['match', 'rounded', 'conflict', 'ambiguous', 'unmatched']) {
    assert.ok(
      findings.some((f) => f.verdict === verdict),
      verdict,
    );
  }
  for (const f of findings) {
    assert.equal(typeof f.message, 'string');
    assert.equal(f.claim.file.startsWith(articles), true);
    assert.ok('against' in f && 'fact' in f);
  }
});

test('check: text grouped by article in the vfile-reporter layout, no colour off a terminal', async () => {
  const { code, stdout } = await runCli(['check', '--ledger', ledger, articles]);
  assert.equal(code, 1);
  assert.ok(stdout.startsWith(`${articles}/coast-wire.md\n`));
  assert.match(stdout, new RegExp(`\\n${articles}/harbour-gazette.md\\n`));
  assert.match(
    stdout,
    /\n {2}9:46-9:\d+ +warning +"about €125 million" fits €120 million a year \(subsidy-2023\) only through "about".* fact\/rounded\n/,
  );
  assert.match(stdout, /\n✖ \d+ errors, \d+ warnings · \d+ matched, \d+ unmatched\n$/);
  assert.equal(stdout.includes('\u001b['), false, 'no colour codes');
});

test('check --fail-on: exit 0 when nothing reaches it, 1 when something does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-check-'));
  writeFileSync(
    join(dir, 'a.md'),
    '---\npublished: 2023-11-02\n---\n\nPort Alder will pay a ferry subsidy of about €125 million in 2023.\n',
  );
  const ledgerPath = fileURLToPath(new URL(`../../../${ledger}`, import.meta.url));
  const warning = await runCli(['check', '--ledger', ledgerPath, 'a.md'], dir);
  assert.match(warning.stdout, /rounded/);
  assert.equal(warning.code, 0, 'a rounded figure is a warning: below the default --fail-on error');
  const strict = await runCli(['check', '--ledger', ledgerPath, '--fail-on', 'warning', 'a.md'], dir);
  assert.equal(strict.code, 1);
  const reportOnly = await runCli(['check', '--ledger', ledger, '--fail-on', 'none', articles]);
  assert.equal(reportOnly.code, 0, 'conflicts reported, exit 0: what `pnpm demo` runs');
  assert.match(reportOnly.stdout, /conflict/);
});

test('check: usage and input errors exit 2 with one line on stderr', async () => {
  const noLedger = await runCli(['check', articles]);
  assert.equal(noLedger.code, 2);
  assert.match(noLedger.stderr, /No ledger given/);
  const missing = await runCli(['check', '--ledger', 'nope.yaml', articles]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.yaml/);
  const badFail = await runCli(['check', '--ledger', ledger, '--fail-on', 'info', articles]);
  assert.equal(badFail.code, 2);
  const noArticle = await runCli(['check', '--ledger', ledger, 'fixtures/none.md']);
  assert.equal(noArticle.code, 2);
});
