import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { run } from '../src/cli.js';
import { repoRoot, runCli } from './run-cli.js';

// Inputs far larger than any article, and paths no report can be written to: each of these once
// crashed the CLI (a stack overflow, a string too long for V8, an out-of-memory abort, a stack trace).

const LEDGER = `topic: A made-up town pool
entities:
  - id: town
    name: Millbrook
facts:
  - id: pool-visitors
    description: Visitors to the town pool in 2024
    kind: count
    value: { amount: 4200, unit: visitors }
    period: '2024'
    match:
      entities: [town]
      terms: [pool, visitors]
`;
const AGREES = 'Millbrook said the pool had 4,200 visitors in 2024.\n';
const CONFLICTS = 'Millbrook said the pool had 4,300 visitors in 2024.\n';
const ODD_ONE = 'Millbrook said the pool had 5,100 visitors in 2024.\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-scale-'));
  writeFileSync(join(dir, 'ledger.yaml'), LEDGER);
  return dir;
}

/** The CLI as a user runs it: its own process, with Node's default stack and heap. */
function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), join(repoRoot, 'packages/factledger/src/bin.ts'), ...args],
      { cwd, maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Records the longest single write: the report must reach the stream in pieces, not as one string. */
class Longest extends Writable {
  text = '';
  longest = 0;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    const piece = chunk.toString();
    this.longest = Math.max(this.longest, piece.length);
    this.text += piece;
    callback();
  }
}

async function runStreamed(argv: string[], cwd: string): Promise<{ code: number; out: Longest; stderr: string }> {
  const out = new Longest();
  const err = new Longest();
  const code = await run(argv, { stdout: out, stderr: err, cwd, env: {} });
  return { code, out, stderr: err.text };
}

test('150,000 figures in one article: check and extract finish, with the right exit code and counts', async () => {
  const dir = project();
  let text = '# Figures\n\n';
  for (let line = 0; line < 15_000; line++) {
    const figures = Array.from({ length: 10 }, (_, k) => `${(line % 50) + k + 1}%`);
    text += `Line ${line} lists ${figures.slice(0, 9).join(', ')} and ${figures[9]}.\n`;
  }
  writeFileSync(join(dir, 'figures.txt'), `${text}\n${CONFLICTS}`);
  const [checked, extracted] = await Promise.all([
    cli(['check', '--ledger', 'ledger.yaml', 'figures.txt'], dir),
    cli(['extract', 'figures.txt'], dir),
  ]);
  assert.equal(checked.stderr, '');
  assert.equal(checked.code, 1, 'the one conflicting figure fails the check');
  assert.match(checked.stdout, /\n {2}\d+:29-\d+:34 +error {2}"4,300" conflicts with 4,200 visitors/);
  // The other 150,001 figures are counted, not listed.
  const counted = /\n✖ 1 error · (?:(\d+) matched, )?(\d+) unmatched\n$/.exec(checked.stdout);
  assert.ok(counted, checked.stdout.slice(-200));
  assert.equal(Number(counted[1] ?? 0) + Number(counted[2]), 150_001);
  assert.equal(extracted.stderr, '');
  assert.equal(extracted.code, 0);
  assert.match(extracted.stdout, /\n {2}150002 figures\n$/);
});

test('2,000 one-line articles on a valueless fact: compared with each other once each, not in pairs', async () => {
  const dir = project();
  // Without a value in the ledger, the articles are the only check of each other.
  writeFileSync(
    join(dir, 'reported.yaml'),
    LEDGER.replace('    value: { amount: 4200, unit: visitors }\n', '    unit: visitors\n'),
  );
  mkdirSync(join(dir, 'articles'));
  for (let k = 0; k < 2000; k++) writeFileSync(join(dir, 'articles', `a${k}.txt`), k === 1234 ? ODD_ONE : AGREES);
  const { code, stdout, stderr } = await cli(
    ['check', '--format', 'json', '--ledger', 'reported.yaml', 'articles'],
    dir,
  );
  assert.equal(stderr, '');
  assert.equal(code, 1, 'the odd article conflicts with the others');
  const { findings } = JSON.parse(stdout) as { findings: Finding[] };
  assert.equal(findings.filter((f) => f.rule === 'fact' && f.fact === 'pool-visitors').length, 2000);
  const compared = findings.filter((f) => f.rule === 'cross-article');
  assert.equal(compared.length, 1999, 'one comparison per other article');
  const odd = join('articles', 'a1234.txt');
  for (const f of compared) {
    assert.equal(f.verdict, 'conflict');
    assert.equal(f.against?.type === 'claim' ? f.against.claim.file : undefined, odd);
  }
});

test('JSON reports reach the stream in pieces, so one larger than a string can hold is still written', async () => {
  const dir = project();
  let text = '';
  for (let k = 0; k < 2000; k++) text += `Row ${k} counts ${k + 10} boats.\n\n`;
  writeFileSync(join(dir, 'boats.md'), text);
  const checked = await runStreamed(['check', '--format', 'json', '--ledger', 'ledger.yaml', 'boats.md'], dir);
  assert.equal(checked.stderr, '');
  assert.equal(checked.code, 0);
  const { findings } = JSON.parse(checked.out.text) as { findings: Finding[] };
  assert.ok(findings.length >= 2000);
  assert.ok(checked.out.text.length > 3 << 20, 'a report of several megabytes');
  assert.ok(checked.out.longest <= 1.1 * (1 << 20), `one write of ${checked.out.longest} characters`);
  for (const args of [['boats.md'], ['boats.md', 'boats.md']]) {
    const extracted = await runStreamed(['extract', '--format', 'json', ...args], dir);
    assert.equal(extracted.code, 0);
    const parsed = JSON.parse(extracted.out.text);
    const claims = args.length === 1 ? parsed.claims : parsed[1].claims;
    assert.equal(claims.length, findings.length, 'a finding per figure');
    assert.ok(extracted.out.text.length > 2 << 20);
    assert.ok(extracted.out.longest <= 1.1 * (1 << 20), `one write of ${extracted.out.longest} characters`);
  }
});

test('--max-size has a ceiling: a size V8 cannot read is a usage error that names it, not a crash', async () => {
  const dir = project();
  writeFileSync(join(dir, 'a.txt'), AGREES);
  for (const [command, ...args] of [
    ['check', '--ledger', 'ledger.yaml', '--max-size', '300MB', 'a.txt'],
    ['extract', '--max-size', '1GB', 'a.txt'],
    ['check', '--ledger', 'ledger.yaml', '--max-ledger-size', '2GB', 'a.txt'],
    ['ledger', 'validate', '--max-size', '300MB', 'ledger.yaml'],
  ] as [string, ...string[]][]) {
    const { code, stdout, stderr } = await runCli([command, ...args], dir);
    assert.equal(code, 2, `${command} ${args.join(' ')}`);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^factledger [a-z ]+: Unexpected `--max-(?:ledger-)?size \d+[MG]B`, the largest size factledger reads is 32MB \(give at most --max-(?:ledger-)?size 32MB; split a larger file into several\)\n$/,
    );
  }
  const { code } = await runCli(['extract', '--max-size', '32MB', 'a.txt'], dir);
  assert.equal(code, 0, 'the ceiling itself is allowed');
});

test('a report path that cannot be written is exit 2 with one line, and leaves no temp file', async () => {
  const dir = project();
  writeFileSync(join(dir, 'a.txt'), AGREES);
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'plain-file'), 'not a directory\n');
  for (const [target, reason] of [
    ['out', /^factledger reconcile: out: Cannot write the report: the path is a directory \(name a file/],
    [
      'plain-file/report.json',
      /^factledger reconcile: plain-file\/report\.json: Cannot create the report's directory \(E[A-Z]+\)/,
    ],
  ] as const) {
    const { code, stdout, stderr } = await runCli(
      ['reconcile', '--ledger', 'ledger.yaml', '--format', 'json', '--output-file', target, 'a.txt'],
      dir,
    );
    assert.equal(code, 2, stderr);
    assert.equal(stdout, '');
    assert.match(stderr, reason);
    assert.equal(stderr.split('\n').length, 2, 'one line, no stack trace');
  }
  assert.deepEqual(readdirSync(join(dir, 'out')), []);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('a ledger over 10 MB is refused with the option that raises its limit, and read with it', async () => {
  const dir = project();
  writeFileSync(join(dir, 'a.txt'), CONFLICTS);
  // A large ledger that stays cheap to parse: the facts, then a long comment.
  writeFileSync(join(dir, 'big.yaml'), `${LEDGER}${'# notes on the sources, kept with the ledger\n'.repeat(250_000)}`);
  for (const command of ['check', 'reconcile']) {
    const refused = await runCli([command, '--ledger', 'big.yaml', 'a.txt'], dir);
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      new RegExp(
        `^factledger ${command}: big\\.yaml: The ledger is 10\\.\\d MB, larger than the limit of 10\\.0 MB \\(pass \`--max-ledger-size 11MB\``,
      ),
    );
    const read = await runCli([command, '--ledger', 'big.yaml', '--max-ledger-size', '11MB', 'a.txt'], dir);
    assert.equal(read.stderr, '');
    assert.equal(read.code, 1, 'the article conflicts with the big ledger');
  }
});

test('a heading or sentence ending on a word that opens a date is read, not a crash', async () => {
  const dir = project();
  const endings = ['early', 'late', 'mid', 'the end of', 'the start of', 'the beginning of', 'the middle of'];
  const text = endings
    .map((end) => `# Election called ${end}\n\nMillbrook said the pool had 4,300 visitors in 2024 ${end}`)
    .join('\n\n');
  writeFileSync(join(dir, 'early.md'), `${text}\n`);
  const extracted = await runCli(['extract', '--format', 'json', 'early.md'], dir);
  assert.equal(extracted.stderr, '');
  assert.equal(extracted.code, 0);
  assert.ok(JSON.parse(extracted.stdout).claims.some((c: { text: string }) => c.text === '4,300'));
  const checked = await runCli(['check', '--ledger', 'ledger.yaml', 'early.md'], dir);
  assert.equal(checked.stderr, '');
  assert.equal(checked.code, 1);
  assert.match(checked.stdout, /conflicts with 4,200 visitors/);
});
