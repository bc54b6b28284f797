import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runBin, runCli } from './run-cli.js';

/** Invented: the fixture ledger's ferry town, one figure a critic got wrong, one that matches. */
const QUOTE = "Critics put the town's ferry subsidy for 2023 at €300 million.";
const ARTICLE = [
  '---',
  'title: Ferry money',
  'outlet: Test Wire',
  'published: 2023-12-01',
  '---',
  '',
  '# Ferry money',
  '',
  "<!-- factledger-disable-next-line fact/conflict -- the article quotes a critic's figure -->",
  QUOTE,
  '',
  '<!-- factledger-disable-next-line fact/rounded -->',
  'The ferry authority runs 14 vessels.',
  '',
].join('\n');

const CONFIG = `articles: ["articles/*.md"]
ledgers: [ledger.yaml]
outputs:
  - format: sarif
    file: factledger.sarif
  - format: text
`;

/** A CI checkout in a temp directory: the fixture ledger, a config, and one article. */
function project(article: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-suppress-'));
  cpSync(join(repoRoot, 'fixtures/reconcile/ledger.yaml'), join(dir, 'ledger.yaml'));
  writeFileSync(join(dir, 'factledger.config.yaml'), CONFIG);
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles/ferry.md'), article);
  return dir;
}

test('without the directive the critic’s figure fails the run', async () => {
  const dir = project(ARTICLE.replace(/<!-- factledger-disable-next-line fact\/conflict[^\n]*\n/, ''));
  const { code, stdout } = await runCli(['reconcile'], dir);
  assert.equal(code, 1, stdout);
  assert.match(stdout, /€300 million/);
});

test('reconcile: the only error is suppressed, so the run exits 0; text leaves it out, SARIF marks it, a stale directive warns', () => {
  const dir = project(ARTICLE);
  const { code, stdout, stderr } = runBin(['reconcile'], dir);
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stdout, /€300 million/);
  assert.match(stdout, /1 suppressed/);
  const sarif = JSON.parse(readFileSync(join(dir, 'factledger.sarif'), 'utf8'));
  const results: { ruleId: string; suppressions?: unknown }[] = sarif.runs[0].results;
  const conflict = results.find((r) => r.ruleId === 'fact/conflict');
  assert.deepEqual(conflict?.suppressions, [
    { kind: 'inSource', justification: "the article quotes a critic's figure" },
  ]);
  assert.equal(
    stderr,
    'factledger reconcile: articles/ferry.md:12:1: warning: Unused factledger-disable-next-line directive (no `fact/rounded` finding on line 13)\n',
  );
});

test('reconcile --format json: the suppressed finding is there with its reason and the directive’s place', () => {
  const dir = project(ARTICLE);
  const { code, stdout, stderr } = runBin(['reconcile', '--format', 'json'], dir);
  assert.equal(code, 0, stderr);
  const { findings } = JSON.parse(stdout);
  const conflict = findings.find((f: { verdict: string }) => f.verdict === 'conflict');
  assert.equal(conflict.claim.position.start.line, 10);
  assert.deepEqual(conflict.suppressions, [
    {
      kind: 'inSource',
      justification: "the article quotes a critic's figure",
      position: {
        start: { line: 9, column: 1, offset: ARTICLE.indexOf('<!--') },
        end: { line: 9, column: (ARTICLE.split('\n')[8] as string).length + 1, offset: ARTICLE.indexOf('-->') + 3 },
      },
    },
  ]);
});
