import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { asCompared, runnerCommands } from '../../report/test/runner-log.js';
import { repoRoot, runBin, runCli } from './run-cli.js';

const LEDGER = join(repoRoot, 'fixtures/reconcile/ledger.yaml');
const fixture = (name: string) => readFileSync(join(repoRoot, 'fixtures/reconcile/articles', name), 'utf8');

/** Any control character but the line feeds a report is made of, or an invisible one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSHOWN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Default_Ignorable_Code_Point}]/u;

/**
 * A folder a pull request could bring: an outlet that would stop the runner reading commands, and
 * file names holding a legacy command, a line feed, a carriage return, a whole workflow command and
 * a terminal escape. Each article has enough figures that `github` overflows past ten annotations.
 */
function hostileFolder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-inject-'));
  const wire = fixture('coast-wire.md').replace(/^outlet: .*$/m, 'outlet: "##[stop-commands]pause"');
  const gazette = fixture('harbour-gazette.md');
  const files: Record<string, string> = {
    'a.md': wire,
    '##[warning]b.md': gazette,
    'c\nd.md': gazette,
    'e\rf.md': wire,
    '::error title=x::y.md': gazette,
    '  ::warning::z.md': wire,
    'g\u001b]0;pwned\u0007.md': gazette,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, files: Object.keys(files) };
}

test('github and text output over hostile articles and file names: the runner finds only the annotations', () => {
  const { dir, files } = hostileFolder();
  // One run writes both reports to stdout, as a workflow that wants annotations and a readable log
  // would, and the findings as JSON to a file, to count the annotations that are due.
  writeFileSync(
    join(dir, 'factledger.config.json'),
    JSON.stringify({
      ledgers: [LEDGER],
      outputs: [{ format: 'github' }, { format: 'text' }, { format: 'json', file: 'findings.json' }],
    }),
  );
  const { code, stdout, stderr } = runBin(['reconcile', '.'], dir);
  assert.equal(code, 1, stderr);
  assert.match(stdout, /not annotated \(GitHub shows 10 of each kind per step\)/, 'overflow lines are printed');
  const { findings } = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')) as { findings: Finding[] };
  const problems = findings.filter((f) => f.verdict !== 'match');
  assert.ok(problems.filter((f) => f.severity === 'error').length > 10, 'more than ten errors: some overflow');

  const commands = runnerCommands(stdout);
  for (const c of commands) {
    assert.equal(c.form, 'v2', `legacy command in ${JSON.stringify(c.line)}`);
    assert.ok(c.line.startsWith(`::${c.name} file=`), `not one of its annotations: ${JSON.stringify(c.line)}`);
    const file = asCompared(c.properties['file'] ?? '');
    assert.ok(files.map(asCompared).includes(file), `annotation on ${JSON.stringify(file)}`);
  }
  for (const [kind, severity] of [
    ['error', 'error'],
    ['warning', 'warning'],
    ['notice', 'info'],
  ] as const) {
    const due = Math.min(10, problems.filter((f) => f.severity === severity).length);
    assert.equal(commands.filter((c) => c.name === kind).length, due, `${kind} annotations`);
  }
  assert.deepEqual(runnerCommands(stderr), []);

  // Nothing reaches the log raw but an annotation's `file`, which must be the path as it is; the
  // names are shown, escaped, as the files are called.
  assert.doesNotMatch(stdout.replace(/^::\w+ file=[^,]*,/gm, ''), UNSHOWN);
  assert.match(stdout, /^##\\u005bwarning\]b\.md$/m);
  assert.match(stdout, /^c\\u000ad\.md$/m);
  assert.match(stdout, /^e\\u000df\.md$/m);
  assert.match(stdout, /^\\u003a:error title=x::y\.md$/m);
  assert.match(stdout, /^ {2}\\u003a:warning::z\.md$/m);
  assert.match(stdout, /^g\\u001b\]0;pwned\\u0007\.md$/m);
  // The other article's outlet, in a cross-article message, is shown escaped.
  assert.match(stdout, /\(##\\u005bstop-commands\]pause, [^)]*\.md:17:26\)/);
});

test('parse: control characters in an article and its name are shown as escapes, not sent to the terminal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-parse-'));
  const name = 'n\u001b[31m.md';
  writeFileSync(
    join(dir, name),
    [
      '---',
      'title: "Rates \\e]0;owned\\a held"',
      'outlet: "Wire \\x9b2J"',
      '---',
      '',
      'The board \u001b[2Jcut 7 jobs\u0007 and \u001b]8;;https://x.example\u001b\\\\hid\u001b]8;;\u001b\\\\ a link.',
      '',
      '::error::forged',
      '',
      'Zero\u200bwidth ##[warning]here.',
      '',
    ].join('\n'),
  );
  const { code, stdout, stderr } = runBin(['parse', name], dir);
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stdout, UNSHOWN);
  assert.deepEqual(runnerCommands(stdout), []);
  assert.match(stdout, /^n\\u001b\[31m\.md \(markdown\)$/m, 'the file name');
  assert.match(stdout, /title: +Rates \\u001b\]0;owned\\u0007 held/, 'the title');
  assert.match(stdout, /outlet: +Wire \\u009b2J/, 'the outlet');
  assert.match(stdout, /cut 7 jobs\\u0007/, 'the text');
  assert.match(stdout, /^\\u003a:error::forged$/m);
  assert.match(stdout, /"\\u200b" → ""/, 'the zero-width space, in the repair that removes it');
  assert.match(stdout, /^Zerowidth ##\\u005bwarning\]here\.$/m);

  const extracted = await runCli(['extract', name], dir);
  assert.equal(extracted.code, 0, extracted.stderr);
  assert.doesNotMatch(extracted.stdout, UNSHOWN);
  assert.match(extracted.stdout, /^n\\u001b\[31m\.md$/m);
});

test('error lines: a file name with escapes and line breaks stays one printable line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-errors-'));
  const name = 'bad\u001b]0;pwned\u0007\n::error::x.md';
  writeFileSync(join(dir, name), Buffer.from([0x54, 0x68, 0xe9, 0x20, 0x35, 0x0a]));
  const { code, stdout, stderr } = runBin(['check', '--ledger', LEDGER, name], dir);
  assert.equal(code, 2);
  assert.doesNotMatch(stderr, UNSHOWN);
  assert.deepEqual(runnerCommands(stderr), []);
  assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
  assert.match(stderr, /^factledger check: bad\\u001b\]0;pwned\\u0007\\u000a::error::x\.md: Invalid UTF-8/);
  assert.doesNotMatch(stdout, UNSHOWN);
  assert.deepEqual(runnerCommands(stdout), []);

  const missing = await runCli(['parse', 'gone\u001b[2J.md'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^factledger parse: gone\\u001b\[2J\.md: No such file/);
});

test('ledger validate: ledger values and the ledger name are quoted as escapes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-ledger-'));
  const name = 'led\u001b[8mger\n.yaml';
  writeFileSync(
    join(dir, name),
    [
      'topic: "Harbour \\e[2J"',
      'facts:',
      '  - id: "x\\e]0;owned\\a"',
      '    kind: money',
      '    value: { amount: 5, currency: "\\e[31mUSD\\r##[add-mask]k" }',
      '',
    ].join('\n'),
  );
  const { code, stdout, stderr } = runBin(['ledger', 'validate', name], dir);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.doesNotMatch(stderr, UNSHOWN);
  assert.deepEqual(runnerCommands(stderr), []);
  const lines = stderr.trimEnd().split('\n');
  assert.match(lines.at(-1) as string, /^\d+ problems? in 1 ledger$/);
  for (const line of lines.slice(0, -1)) assert.match(line, /^led\\u001b\[8mger\\u000a\.yaml:\d+:\d+: /, line);
  assert.match(stderr, /'\\u001b\[31mUSD\\u000d##\\u005badd-mask\]k' is not an ISO 4217 code/);
  assert.match(stderr, /'x\\u001b\]0;owned\\u0007' is not a valid id/);
});

test('check: an article that cannot be read is "not checked" in the text report, never "no issues found"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-unread-'));
  writeFileSync(join(dir, 'fine.md'), '# Fine\n\nNothing to count here.\n');
  writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'huge.md'), `# Huge\n\n${'Many words. '.repeat(400)}\n`);
  // --verbose, so the clean article is named too: the unread ones must not read like it.
  const { code, stdout, stderr } = runBin(['check', '--verbose', '--max-size', '2KB', '--ledger', LEDGER, '.'], dir);
  assert.equal(code, 2, 'an input error exits 2');
  assert.equal(stderr.trimEnd().split('\n').length, 2, stderr);
  assert.match(stdout, /^fine\.md: no issues found$/m);
  assert.match(stdout, /^latin1\.md\n {2}error {2}not checked: Invalid UTF-8 at byte 3 \(save the file as UTF-8/m);
  assert.match(stdout, /^huge\.md\n {2}error {2}not checked: File is [\d.]+ KB, larger than the limit of 2\.0 KB/m);
  assert.doesNotMatch(stdout, /latin1\.md: no issues found|huge\.md: no issues found/);
  assert.match(stdout, /✖ 2 articles not checked\n$/);
});
