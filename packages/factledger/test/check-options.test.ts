import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@factledger/reconcile';
import { run } from '../src/cli.js';
import { repoRoot, runBin, runCli } from './run-cli.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/reconcile/', import.meta.url));

/** A newsroom folder: the fixture articles and ledger, and whatever else a test adds. */
function newsroom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-check-'));
  cpSync(join(fixtures, 'articles'), join(dir, 'articles'), { recursive: true });
  cpSync(join(fixtures, 'ledger.yaml'), join(dir, 'ledger.yaml'));
  return dir;
}

const ROUNDED_ONLY =
  '---\npublished: 2023-11-02\n---\n\nPort Alder will pay a ferry subsidy of about €125 million in 2023.\n';

test('check --format jsonl: one finding per line, the same findings as --format json', async () => {
  const dir = newsroom();
  const json = await runCli(['check', '--ledger', 'ledger.yaml', '--format', 'json', 'articles'], dir);
  const lines = await runCli(['check', '--ledger', 'ledger.yaml', '--format', 'jsonl', 'articles'], dir);
  assert.equal(lines.code, 1);
  const rows = lines.stdout.trimEnd().split('\n');
  const parsed = rows.map((row) => JSON.parse(row) as Finding);
  assert.deepEqual(parsed, (JSON.parse(json.stdout) as { findings: Finding[] }).findings);
  // Each article's findings come as it is checked; what needs every article comes last.
  assert.equal(parsed.at(-1)?.rule, 'cross-article');
});

test('check --format jsonl: a conflict found only across articles is written last and fails the run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-check-'));
  writeFileSync(
    join(dir, 'ledger.yaml'),
    [
      'topic: Port Alder ferry service',
      'entities: [{ id: ferries, name: Alder Ferry Authority, aliases: [the authority] }]',
      'facts:',
      '  - { id: fuel-bill, description: The yearly fuel bill, kind: money, match: { terms: [fuel bill] } }',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.md'), "The authority's fuel bill reached €7.2 million in 2022.\n");
  writeFileSync(join(dir, 'articles', 'b.md'), "The authority's fuel bill reached €9 million in 2022.\n");
  const args = ['check', '--ledger', 'ledger.yaml', '--format', 'jsonl', 'articles'];
  const failing = await runCli(args, dir);
  const rows = failing.stdout
    .trimEnd()
    .split('\n')
    .map((row) => JSON.parse(row) as Finding);
  assert.deepEqual(
    rows.filter((f) => f.severity === 'error').map((f) => `${f.rule}/${f.verdict} ${f.claim.file}`),
    ['cross-article/conflict articles/b.md'],
  );
  assert.equal(rows.at(-1)?.rule, 'cross-article');
  assert.equal(failing.code, 1);
  assert.equal((await runCli([...args, '--fail-on', 'none'], dir)).code, 0);
});

test('check: the text report lists figures compared across articles last, under their article', async () => {
  const dir = newsroom();
  const { stdout } = await runCli(['check', '--ledger', 'ledger.yaml', 'articles'], dir);
  const tail = stdout.slice(stdout.indexOf('(compared across articles)'));
  assert.match(stdout, /\narticles\/harbour-gazette\.md \(compared across articles\)\n/);
  assert.match(tail, /cross-article\/conflict/);
  assert.doesNotMatch(stdout.slice(0, stdout.indexOf('(compared across articles)')), /cross-article\//);
});

test('check: a configuration found in the folder names the ledgers, articles, ignores and outputs', async () => {
  const dir = newsroom();
  mkdirSync(join(dir, 'articles', 'drafts'));
  writeFileSync(join(dir, 'articles', 'drafts', 'wip.md'), 'The subsidy is €999 million in 2023.\n');
  writeFileSync(join(dir, 'articles', 'photo.jpg'), 'not an article');
  writeFileSync(
    join(dir, 'factledger.config.yaml'),
    [
      'articles: ["articles"]',
      'ledgers: ["ledger.yaml"]',
      'outputs:',
      '  - { format: sarif, file: reports/factledger.sarif }',
      '  - { format: text }',
    ].join('\n'),
  );
  writeFileSync(join(dir, '.factledgerignore'), 'articles/drafts/\n');
  const { code, stdout, stderr } = await runCli(['check'], dir);
  assert.equal(code, 1);
  assert.match(stdout, /articles\/coast-wire\.md/);
  assert.doesNotMatch(stdout, /wip\.md/, 'the ignored draft is not checked');
  assert.doesNotMatch(stderr, /photo\.jpg/, 'a file in a folder that is not an article is simply not one');
  const sarif = JSON.parse(readFileSync(join(dir, 'reports', 'factledger.sarif'), 'utf8'));
  assert.ok(sarif.runs[0].results.length > 0);
  assert.deepEqual(readdirSync(join(dir, 'reports')), ['factledger.sarif'], 'no temp file left behind');
});

test('check: globs, a named file that is not an article skipped with a note, an ignored file too', async () => {
  const dir = newsroom();
  writeFileSync(join(dir, 'notes.rst'), 'Nothing here.\n');
  writeFileSync(join(dir, '.gitignore'), 'articles/coast-wire.md\n');
  const { stdout, stderr } = await runCli(['check', '--ledger', 'ledger.yaml', 'articles/*.md', 'notes.rst'], dir);
  assert.match(stderr, /skipped notes\.rst: not an article/);
  assert.match(stderr, /skipped articles\/coast-wire\.md: ignored/);
  assert.match(stdout, /articles\/harbour-gazette\.md/);
  assert.doesNotMatch(stdout, /coast-wire/);
  const nothing = await runCli(['check', '--ledger', 'ledger.yaml', 'notes.rst'], dir);
  assert.equal(nothing.code, 2);
  assert.match(nothing.stderr, /No article to check/);
});

test('check --quiet reports errors only; --max-warnings fails a run with too many warnings', async () => {
  const dir = newsroom();
  const quiet = await runCli(['check', '--ledger', 'ledger.yaml', '--quiet', 'articles'], dir);
  assert.match(quiet.stdout, /error/);
  assert.doesNotMatch(quiet.stdout, / (warning|info) {2}/);
  writeFileSync(join(dir, 'rounded.md'), ROUNDED_ONLY);
  const loose = await runCli(['check', '--ledger', 'ledger.yaml', 'rounded.md'], dir);
  assert.equal(loose.code, 0, 'a warning alone passes');
  const strict = await runCli(['check', '--ledger', 'ledger.yaml', '--max-warnings', '0', 'rounded.md'], dir);
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /too many warnings \(1, more than --max-warnings 0\)/);
  const bad = await runCli(['check', '--ledger', 'ledger.yaml', '--max-warnings', 'some', 'rounded.md'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-warnings some.*whole number/);
});

test('check --output-file: the report appears whole in the file, nothing on stdout', async () => {
  const dir = newsroom();
  const { code, stdout } = await runCli(
    ['check', '--ledger', 'ledger.yaml', '--format', 'json', '--output-file', 'out/findings.json', 'articles'],
    dir,
  );
  assert.equal(code, 1);
  assert.equal(stdout, '');
  const { findings } = JSON.parse(readFileSync(join(dir, 'out', 'findings.json'), 'utf8'));
  assert.ok(findings.length > 10);
});

test('check: colour by --color, --no-color and FORCE_COLOR, not by default off a terminal', async () => {
  const dir = newsroom();
  const args = ['check', '--ledger', 'ledger.yaml', 'articles/coast-wire.md'];
  const ESC = '\u001b[';
  const RED = '\u001b[31m';
  assert.equal((await runCli(args, dir)).stdout.includes(ESC), false);
  assert.ok((await runCli([...args, '--color'], dir)).stdout.includes(RED));
  assert.ok(runBin(args, dir, { FORCE_COLOR: '1' }).stdout.includes(RED));
  assert.equal(runBin([...args, '--no-color'], dir, { FORCE_COLOR: '1' }).stdout.includes(ESC), false);
  assert.equal(runBin(args, dir, { FORCE_COLOR: '0' }).stdout.includes(ESC), false);
});

test('check -: an article from stdin, named by --stdin-filename', async () => {
  const dir = newsroom();
  const stdin = () => Readable.from([Buffer.from(ROUNDED_ONLY)]);
  let out = '';
  const capture = {
    write(s: string) {
      out += s;
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const code = await run(['check', '--ledger', 'ledger.yaml', '--stdin-filename', 'drafts/ferry.md', '-'], {
    stdin: stdin(),
    stdout: capture as never,
    stderr: capture as never,
    cwd: dir,
    env: {},
  });
  assert.equal(code, 0);
  assert.match(out, /^drafts\/ferry\.md\n {2}5:46-5:\d+ +warning/m);
  // As a user pipes it, in a process of its own.
  const piped = spawnSync(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx/esm'),
      join(repoRoot, 'packages/factledger/src/bin.ts'),
      'check',
      '--ledger',
      'ledger.yaml',
      '-',
    ],
    { cwd: dir, input: ROUNDED_ONLY, encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 60_000 },
  );
  assert.equal(piped.status, 0, piped.stderr);
  assert.match(piped.stdout, /^stdin\.md\n/);
  assert.equal(existsSync(join(dir, 'stdin.md')), false, 'nothing written');
});

test('check: the configuration’s ignores, reviewed findings and maxWarnings act on the run', async () => {
  const dir = newsroom();
  mkdirSync(join(dir, 'articles', 'drafts'));
  writeFileSync(join(dir, 'articles', 'drafts', 'wip.md'), 'The ferry subsidy is €999 million in 2023.\n');
  writeFileSync(join(dir, 'rounded.md'), ROUNDED_ONLY);
  const base = ['ledgers: ["ledger.yaml"]', 'ignores: ["articles/drafts/**"]'];
  writeFileSync(join(dir, 'factledger.config.yaml'), [...base, 'articles: ["articles"]'].join('\n'));
  const all = await runCli(['check', '--format', 'json'], dir);
  const { findings } = JSON.parse(all.stdout) as { findings: Finding[] };
  assert.ok(findings.length > 0);
  assert.ok(
    findings.every((f) => !f.claim.file.includes('drafts')),
    'the ignored draft is not checked',
  );
  // Every error reviewed and accepted: the run passes, and the JSON says why each was let through.
  const errors = findings.filter((f) => f.severity === 'error');
  const reviewed = errors.map((f) => `  - { id: ${f.id}, reason: checked with the desk }`);
  writeFileSync(
    join(dir, 'factledger.config.yaml'),
    [...base, 'articles: ["articles"]', 'reviewed:', ...reviewed].join('\n'),
  );
  const accepted = await runCli(['check', '--format', 'json'], dir);
  assert.equal(accepted.code, 0, accepted.stderr);
  const after = (JSON.parse(accepted.stdout) as { findings: Finding[] }).findings.filter((f) => f.severity === 'error');
  assert.equal(after.length, errors.length);
  for (const f of after)
    assert.deepEqual(f.suppressions, [{ kind: 'external', justification: 'checked with the desk' }]);
  // maxWarnings from the configuration, for an article with one warning.
  writeFileSync(
    join(dir, 'factledger.config.yaml'),
    [...base, 'articles: ["rounded.md"]', 'maxWarnings: 0'].join('\n'),
  );
  const strict = await runCli(['check'], dir);
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /too many warnings/);
});
