import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from './run-cli.js';

/** A CI checkout in a temp directory: the fixture ferry articles, their ledger, and a config. */
function project(config: string | null, name = 'factledger.config.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-ci-'));
  cpSync(join(repoRoot, 'fixtures/reconcile/articles'), join(dir, 'articles'), { recursive: true });
  cpSync(join(repoRoot, 'fixtures/reconcile/ledger.yaml'), join(dir, 'ledger.yaml'));
  if (config !== null) writeFileSync(join(dir, name), config);
  return dir;
}

const CONFIG = `articles: ["articles/*.md"]
ledgers: [ledger.yaml]
outputs:
  - format: sarif
    file: reports/factledger.sarif
  - format: text
`;

test('reconcile reads the config, writes each output, and exits 1 on conflicts', async () => {
  const dir = project(CONFIG);
  const { code, stdout, stderr } = await runCli(['reconcile'], dir);
  assert.equal(code, 1, stderr);
  assert.match(stdout, /articles\/coast-wire\.md/);
  assert.match(stdout, /conflict/);
  const sarif = JSON.parse(readFileSync(join(dir, 'reports/factledger.sarif'), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].results.length > 0);
  assert.ok(
    sarif.runs[0].results.every((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations[0]?.physicalLocation.artifactLocation.uri.startsWith('articles/'),
    ),
    'uris are relative to the checkout',
  );
});

test('--fail-on none reports without failing; --format overrides the outputs', async () => {
  const dir = project(CONFIG);
  const { code, stdout } = await runCli(['reconcile', '--fail-on', 'none', '--format', 'json'], dir);
  assert.equal(code, 0);
  assert.ok(Array.isArray(JSON.parse(stdout).findings));
});

test('the factledger key of package.json is a config too', async () => {
  const dir = project(
    JSON.stringify({ name: 'newsroom', factledger: { articles: ['articles'], ledger: 'ledger.yaml', failOn: 'none' } }),
    'package.json',
  );
  const { code, stdout, stderr } = await runCli(['reconcile'], dir);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /✖ \d+ errors/);
});

test('a dependency or a script named factledger in package.json is no config', async () => {
  const dir = project(
    JSON.stringify({
      name: 'newsroom',
      scripts: { factledger: 'factledger reconcile' },
      devDependencies: { factledger: '^0.1.0' },
    }),
    'package.json',
  );
  const { code, stdout, stderr } = await runCli(
    ['reconcile', '--ledger', 'ledger.yaml', '--fail-on', 'none', 'articles'],
    dir,
  );
  assert.equal(code, 0, stderr);
  assert.match(stdout, /articles\/coast-wire\.md/);
  // Without articles on the command line there is nothing to run: the same clear error as without package.json.
  const none = await runCli(['reconcile'], dir);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /No configuration found and no articles given/);
});

test('a bad config names every problem with its line and column, and exits 2', async () => {
  const dir = project('articles: ["articles/*.md"]\nledgers: [ledger.yaml]\nfailOn: sometimes\nformat: sarif\n');
  const { code, stdout, stderr } = await runCli(['reconcile'], dir);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /factledger\.config\.yaml:3:9: failOn: Unexpected `sometimes`, expected one of `error`, `warning`, `none`/,
  );
  assert.match(stderr, /factledger\.config\.yaml:4:1: the configuration: Unexpected key `format`/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});

test('a glob that matches nothing is an input error naming the pattern', async () => {
  const dir = project('articles: ["stories/**/*.md"]\nledgers: [ledger.yaml]\n');
  const { code, stderr } = await runCli(['reconcile'], dir);
  assert.equal(code, 2);
  assert.match(stderr, /No article matches `stories\/\*\*\/\*\.md`/);
});

test('no config and no articles: one line saying how to start', async () => {
  const dir = project(null);
  const { code, stderr } = await runCli(['reconcile'], dir);
  assert.equal(code, 2);
  assert.match(stderr, /No configuration found and no articles given \(create factledger\.config\.yaml/);
});

test('worker threads give the same findings, in the same order, as one thread', async () => {
  const dir = project('articles: ["batch/*.md"]\nledgers: [ledger.yaml]\nfailOn: none\n');
  const sources = ['coast-wire.md', 'harbour-gazette.md'].map((f) => readFileSync(join(dir, 'articles', f), 'utf8'));
  cpSync(join(dir, 'articles'), join(dir, 'batch'), { recursive: true });
  for (let k = 0; k < 10; k++) writeFileSync(join(dir, 'batch', `copy-${k}.md`), sources[k % 2] as string);
  const one = await runCli(['reconcile', '--format', 'json', '--concurrency', '1'], dir);
  const two = await runCli(['reconcile', '--format', 'json', '--concurrency', '2'], dir);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  assert.ok(JSON.parse(one.stdout).findings.length > 20);
  assert.equal(two.stdout, one.stdout);
});

test('one unreadable article is reported; the others are still checked; exit 2', async () => {
  const dir = project('articles: ["articles/*"]\nledgers: [ledger.yaml]\nfailOn: none\n');
  writeFileSync(join(dir, 'articles', 'broken.txt'), Buffer.from([0x61, 0x00, 0x62]));
  const { code, stdout, stderr } = await runCli(['reconcile', '--format', 'json'], dir);
  assert.equal(code, 2);
  assert.match(stderr, /broken\.txt: Unexpected binary file/);
  assert.ok(JSON.parse(stdout).findings.length > 0);
});

test('progress goes to stderr on a terminal only, never in CI, and never to stdout', async () => {
  const { Writable } = await import('node:stream');
  const { run } = await import('../src/cli.js');
  const dir = project('articles: ["batch/*.md"]\nledgers: [ledger.yaml]\nfailOn: none\noutputs: [{ format: json }]\n');
  const source = readFileSync(join(dir, 'articles', 'coast-wire.md'), 'utf8');
  cpSync(join(dir, 'articles'), join(dir, 'batch'), { recursive: true });
  for (let k = 0; k < 10; k++) writeFileSync(join(dir, 'batch', `copy-${k}.md`), source);
  const capture = (tty: boolean) => {
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          stream.text += chunk.toString();
          callback();
        },
      }),
      { text: '', isTTY: tty },
    );
    return stream;
  };
  for (const [env, expectProgress] of [
    [{}, true],
    [{ CI: 'true' }, false],
  ] as const) {
    const stdout = capture(false);
    const stderr = capture(true);
    const code = await run(['reconcile', '--concurrency', '1'], { stdout, stderr, cwd: dir, env });
    assert.equal(code, 0, stderr.text);
    assert.equal(/reading articles: 12\/12/.test(stderr.text), expectProgress, JSON.stringify(env));
    assert.ok(Array.isArray(JSON.parse(stdout.text).findings), 'stdout holds only the report');
  }
});

test('a ledger in the config can say which articles it speaks for', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-ci-'));
  cpSync(join(repoRoot, 'fixtures/topics'), dir, { recursive: true });
  const config = (scope: string) =>
    `articles: [articles]\nledgers:\n  - schools.ledger.yaml\n  - { file: wildfire.ledger.yaml, scope: ${scope} }\n`;
  writeFileSync(join(dir, 'factledger.config.yaml'), config('{ terms: [shelters] }'));
  const { code, stdout, stderr } = await runCli(['reconcile', '--fail-on', 'none', '--format', 'json'], dir);
  assert.equal(code, 0, stderr);
  const findings = JSON.parse(stdout).findings as { rule: string; fact: string | null; claim: { file: string } }[];
  const facts = (file: string) =>
    findings.filter((f) => f.rule === 'fact' && f.claim.file.endsWith(file) && f.fact).map((f) => f.fact);
  // Only the Ridge Courier names the shelters: the Orrin Herald is no longer the fire ledger's.
  assert.ok(facts('ridge-courier.md').includes('homes-destroyed'));
  assert.deepEqual(facts('orrin-herald.md'), []);
  assert.ok(facts('valley-post.md').includes('budget-2025'));
  // An entity the ledger does not have is a configuration error, with the ledger's own ids as the hint.
  writeFileSync(join(dir, 'factledger.config.yaml'), config('{ entities: [blaze] }'));
  const bad = await runCli(['reconcile'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /names an unknown entity `blaze`.*use the id of one of its entities: `fire`, `county`/s);
});
