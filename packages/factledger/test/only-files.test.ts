import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { runBin } from './run-cli.js';

// A made-up ferry line: the ledger knows the fare, not the number of passengers, so articles are
// each other's only check on that figure.
const LEDGER = `topic: Lakeport ferry (made up)
entities:
  - id: ferry
    name: Lakeport ferry
facts:
  - id: fare
    description: The Lakeport ferry fare in 2025
    kind: money
    value: { amount: 4.5, currency: EUR }
    period: '2025'
    match: { entities: [ferry], terms: [fare] }
  - id: passengers
    description: Passengers the Lakeport ferry carried in 2025
    kind: count
    unit: passengers
    period: '2025'
    match: { entities: [ferry], terms: [ferry, passengers] }
`;
const article = (outlet: string, body: string) =>
  `---\noutlet: ${outlet}\npublished: 2025-12-01\n---\n# Ferry\n\n${body}\n`;
const ARTICLES: Record<string, string> = {
  // A precise passenger count, and a wrong fare of its own.
  'articles/precise.md': article(
    'Lake Courier',
    'The Lakeport ferry carried 81,340 passengers in 2025.\n\nThe Lakeport ferry fare was €5.20 in 2025.',
  ),
  // A hedged count far from the precise one: it is the figure judged against the other article.
  'articles/loose.md': article('Shore Daily', 'The Lakeport ferry carried about 120,000 passengers in 2025.'),
  // Agrees with the ledger and mentions no count.
  'articles/fare.md': article('Dock Weekly', 'The Lakeport ferry fare was €4.50 in 2025.'),
  'articles/x\ny.md': article('Odd Name', 'The Lakeport ferry fare was €6 in 2025.'),
};
const CONFIG = 'articles: ["articles/**/*.md"]\nledgers: [ferry.ledger.yaml]\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-only-files-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'ferry.ledger.yaml'), LEDGER);
  writeFileSync(join(dir, 'factledger.config.yaml'), CONFIG);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  return dir;
}

/** `reconcile --only-files LIST --format json` on the project; the findings above info, as `file rule`. */
function reported(dir: string, list: string | undefined) {
  if (list !== undefined) writeFileSync(join(dir, 'changed'), list);
  const result = runBin(
    ['reconcile', '--format', 'json', ...(list === undefined ? [] : ['--only-files', 'changed'])],
    dir,
  );
  const findings = result.code === 2 ? [] : (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
  return {
    ...result,
    problems: findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.claim.file} ${f.rule}/${f.verdict}`)
      .sort(),
    files: [...new Set(findings.map((f) => f.claim.file))].sort(),
  };
}

test('--only-files: everything is read, only findings about listed articles are reported and counted', () => {
  const dir = project();
  const all = reported(dir, undefined);
  assert.deepEqual(all.problems, [
    'articles/loose.md cross-article/conflict',
    'articles/precise.md fact/conflict',
    'articles/x\ny.md fact/conflict',
  ]);
  // The list as `git diff -z --name-only` writes it: NUL-separated, a name may hold a newline.
  const listed = reported(dir, 'articles/loose.md\0articles/x\ny.md\0');
  assert.equal(listed.code, 1);
  assert.equal(listed.stderr, '');
  assert.deepEqual(listed.problems, ['articles/loose.md cross-article/conflict', 'articles/x\ny.md fact/conflict']);
  assert.deepEqual(listed.files, ['articles/loose.md', 'articles/x\ny.md']);
});

test('--only-files: a listed article that contradicts an unlisted one is reported, even where the other figure is judged', () => {
  const dir = project();
  // precise.md is the reference the looser figure in loose.md is judged against: the conflict is
  // there because of precise.md, so a change to precise.md alone must not pass it by.
  const listed = reported(dir, 'articles/precise.md\n');
  assert.equal(listed.code, 1);
  assert.deepEqual(listed.problems, ['articles/loose.md cross-article/conflict', 'articles/precise.md fact/conflict']);
});

test('--only-files: a newline-separated list, an empty list, and files that are not configured articles', () => {
  const dir = project();
  const clean = reported(dir, 'articles/fare.md\n');
  assert.equal(clean.code, 0, 'the listed article is right; the others’ conflicts do not count');
  assert.deepEqual(clean.problems, []);
  assert.deepEqual(clean.files, ['articles/fare.md']);

  const empty = reported(dir, '');
  assert.deepEqual([empty.code, empty.problems, empty.files, empty.stderr], [0, [], [], '']);

  writeFileSync(join(dir, 'articles/photo.jpg'), 'not an article');
  const other = reported(dir, 'articles/photo.jpg\0notes/todo.md\0');
  assert.equal(other.code, 0);
  assert.deepEqual(other.files, []);
  assert.equal(
    other.stderr,
    [
      'factledger reconcile: note: articles/photo.jpg is not among the articles checked; not checked',
      'factledger reconcile: note: notes/todo.md is not among the articles checked; not checked',
      '',
    ].join('\n'),
  );
});

test('--only-files: a missing list is a usage error that names it, exit 2, nothing on stdout', () => {
  const dir = project();
  const result = runBin(['reconcile', '--only-files', 'no-such-list'], dir);
  assert.deepEqual({ code: result.code, stdout: result.stdout }, { code: 2, stdout: '' });
  assert.match(
    result.stderr,
    /^factledger reconcile: no-such-list: No such --only-files list \(pass a file of article paths/,
  );
  assert.equal(result.stderr.split('\n').length, 2, 'one line, no stack trace');
  mkdirSync(join(dir, 'a-folder'));
  const folder = runBin(['reconcile', '--only-files', 'a-folder'], dir);
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /a-folder: The --only-files list is a directory/);
});
