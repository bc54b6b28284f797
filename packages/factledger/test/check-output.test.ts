import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { repoRoot, runBin, runCli } from './run-cli.js';

const ledger = 'fixtures/reconcile/ledger.yaml';
const articles = 'fixtures/reconcile/articles';

async function json(): Promise<Finding[]> {
  const { stdout } = await runCli(['check', '--format', 'json', '--ledger', ledger, articles]);
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

/** The rows of a text report: the lines that start with a place. */
const rows = (text: string) => text.split('\n').filter((l) => /^ {2}\d+:\d+/.test(l));

test('check: the text lists errors and warnings, and counts matched and unmatched figures', async () => {
  const findings = await json();
  const { code, stdout } = runBin(['check', '--fail-on', 'none', '--ledger', ledger, articles]);
  assert.equal(code, 0);
  const listed = rows(stdout);
  const problems = findings.filter((f) => f.severity !== 'info');
  assert.equal(listed.length, problems.length, stdout);
  assert.ok(!listed.some((r) => / info /.test(r)), 'no info row');
  const n = (v: string) => findings.filter((f) => f.verdict === v).length;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = problems.length - errors;
  assert.ok(n('match') > 0 && n('unmatched') > 0, 'the fixture has both');
  assert.equal(
    stdout.trimEnd().split('\n').at(-1),
    `✖ ${errors} errors, ${warnings} warnings · ${n('match')} matched, ${n('unmatched')} unmatched`,
  );
});

test('check: a message does not repeat the outlet and place its row already gives', async () => {
  const { stdout } = await runCli(['check', '--ledger', ledger, articles]);
  for (const row of rows(stdout)) {
    const [place] = row.trim().split(/\s+/);
    const start = place?.split('-')[0] as string;
    // The row's own line:column appears once, in the place column.
    assert.equal(row.split(start).length - 1, 1, row);
    assert.doesNotMatch(row, /\(Harbour Gazette, fixtures\/|\(Coast Wire, fixtures\//, row);
  }
  // The other side of a cross-article finding keeps its place, named from the article's folder.
  assert.match(
    stdout,
    /conflicts with "nearly €12 million" \(Coast Wire, coast-wire\.md:17:26\) on fuel-bill: gap 25%/,
  );
  // Ledger values are written as a reader writes them.
  assert.match(stdout, /conflicts with €120 million a year \(subsidy-2023\)/);
  assert.doesNotMatch(stdout, /120000000|120 million EUR/);
});

test('check --verbose and --show list the figures that are only counted by default', async () => {
  const findings = await json();
  const matches = findings.filter((f) => f.verdict === 'match');
  const unmatched = findings.filter((f) => f.verdict === 'unmatched');
  const verbose = await runCli(['check', '--verbose', '--ledger', ledger, articles]);
  assert.equal(rows(verbose.stdout).length, findings.length);
  const all = await runCli(['check', '--show', 'all', '--ledger', ledger, articles]);
  assert.equal(all.stdout, verbose.stdout, '--verbose is --show all');
  const some = await runCli(['check', '--show', 'matches', '--ledger', ledger, articles]);
  assert.equal(rows(some.stdout).length, findings.length - unmatched.length);
  assert.ok(matches.every((f) => some.stdout.includes(f.message)));
  const both = await runCli(['check', '--show', 'matches,unmatched', '--ledger', ledger, articles]);
  assert.equal(both.stdout, verbose.stdout);
  assert.equal(some.stdout.trimEnd().split('\n').at(-1), verbose.stdout.trimEnd().split('\n').at(-1), 'same summary');
});

test('check --show with a word it does not know: exit 2, the word and the choices named', async () => {
  const { code, stdout, stderr } = runBin(['check', '--show', 'matches,everything', '--ledger', ledger, articles]);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /Unexpected `everything` in `--show matches,everything`, expected `matches`, `unmatched`, `all`/,
  );
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
});

test('check: an article with nothing to list prints nothing; --verbose says it was checked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-output-'));
  try {
    writeFileSync(join(dir, 'calm.md'), 'The harbour was quiet and the ferries ran on time.\n');
    const ledgerPath = join(repoRoot, ledger);
    const quiet = await runCli(['check', '--ledger', ledgerPath, 'calm.md'], dir);
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stdout, '✔ no issues found\n');
    const verbose = await runCli(['check', '--verbose', '--ledger', ledgerPath, 'calm.md'], dir);
    assert.equal(verbose.stdout, 'calm.md: no issues found\n\n✔ no issues found\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
