import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

test('--version prints the package version', async () => {
  const { code, stdout } = await runCli(['--version']);
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  assert.equal(code, 0);
  assert.equal(stdout, `${version}\n`);
});

test('--help lists only the commands that exist, each with its own --help', async () => {
  const { code, stdout } = await runCli(['--help']);
  assert.equal(code, 0);
  const listed = [...stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1] as string);
  assert.ok(listed.includes('extract') && listed.includes('parse'), stdout);
  for (const name of listed) {
    const help = await runCli([name, '--help']);
    assert.equal(help.code, 0, name);
    assert.match(help.stdout, new RegExp(`^Usage: factledger ${name} `), name);
  }
});

test('each command listed is the command that loads: same name and summary', async () => {
  const { commands } = await import('../src/commands/index.js');
  for (const entry of commands) {
    const command = await entry.load();
    assert.deepEqual([command.name, command.summary], [entry.name, entry.summary]);
  }
});

test('--help loads no command: not the parser, the extractor, the ledger, reconcile or the reports', () => {
  // In a fresh process, as a user runs it: what Node resolved is what the run paid for.
  const loads = join(mkdtempSync(join(tmpdir(), 'factledger-loads-')), 'loads.txt');
  const hook = fileURLToPath(new URL('helpers/record-loads.mjs', import.meta.url));
  const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
  const run = (args: string[]) => {
    writeFileSync(loads, '');
    execFileSync(process.execPath, ['--import', 'tsx', '--import', hook, bin, ...args], {
      env: { ...process.env, LOADS_FILE: loads },
      stdio: 'ignore',
    });
    return readFileSync(loads, 'utf8');
  };
  const heavy = /\/packages\/(parse|extract|ledger|reconcile|report)\/|\/node_modules\/(compromise|unified|yaml|ajv)\//;
  const help = run(['--help']);
  assert.match(help, /\/packages\/factledger\/src\/cli\.ts/, 'the hook saw the CLI load');
  assert.doesNotMatch(help, heavy);
  // The control: running a command does load them.
  assert.match(run(['ledger', 'validate', '--help']), /\/packages\/ledger\//);
});

test('an unknown command is one line on stderr and exit 2', async () => {
  const { code, stdout, stderr } = await runCli(['frobnicate']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^factledger: Unexpected command `frobnicate`, expected one of .*\n$/);
});

test('an unknown flag names the flag and the way to the help, without a stack trace', async () => {
  const { code, stderr } = await runCli(['extract', '--frobnicate', 'x.txt']);
  assert.equal(code, 2);
  assert.equal(stderr.split('\n').length, 2);
  assert.match(stderr, /--frobnicate/);
  assert.match(stderr, /factledger extract --help/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});

test('a bad --published value is a usage error that shows the expected form', async () => {
  const { code, stderr } = await runCli(['extract', '--published', '24/01/2020', 'fixtures/other-topics/budget.txt']);
  assert.equal(code, 2);
  assert.match(stderr, /Unexpected `--published 24\/01\/2020`, expected a date.*YYYY/);
});

test('a bad --format value lists the allowed ones', async () => {
  const { code, stderr } = await runCli(['extract', '--format', 'xml', 'fixtures/other-topics/budget.txt']);
  assert.equal(code, 2);
  assert.match(stderr, /Unexpected `--format xml`, expected one of `text`, `json`/);
});

test('a missing file and an empty directory are input errors naming the path', async () => {
  const missing = await runCli(['extract', 'no/such/article.txt']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no\/such\/article\.txt: No such file or directory/);
  const empty = await runCli(['extract', 'packages/core/src']);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /packages\/core\/src: Directory holds no articles/);
});

test('a command with sub-commands: each has its own --help and options, a missing one lists them', async () => {
  const add = await runCli(['ledger', 'add', '--help']);
  assert.equal(add.code, 0);
  assert.match(add.stdout, /^Usage: factledger ledger add /);
  assert.deepEqual(await runCli(['help', 'ledger', 'add']), add);
  const group = await runCli(['ledger', '--help']);
  assert.match(group.stdout, /^Sub-commands:\n {2}validate .*\n {2}add /m);
  const unknown = await runCli(['ledger', 'validate', '--frobnicate', 'x.yaml']);
  assert.equal(unknown.code, 2);
  assert.match(
    unknown.stderr,
    /^factledger ledger: Unknown option '--frobnicate' \(run `factledger ledger validate --help`/,
  );
  const missing = await runCli(['ledger']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^factledger ledger: Missing sub-command, expected one of `validate`, `add`, `suggest`/);
});
