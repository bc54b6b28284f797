import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from './run-cli.js';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  env?: Record<string, string>;
  run?: string;
}

const workflow = parse(readFileSync(join(repoRoot, 'docs/factledger.yml'), 'utf8')) as {
  jobs: { reconcile: { steps: Step[] } };
};

/** Names a pull request author chooses: each would run code if pasted into a script. */
const HOSTILE = [
  'articles/$(touch pwned).md',
  'articles/`touch pwned2`.md',
  'articles/a b;touch pwned3.md',
  'articles/x\ny.md',
];

/**
 * Runs the shipped workflow's `run:` steps the way the Actions runner does: `${{ … }}` is pasted
 * into the script as text before bash sees it, `env:` values are set as variables, outputs are read
 * from `$GITHUB_OUTPUT`. `npx` is a stub that records the arguments it is given.
 */
function runWorkflow(event: 'pull_request' | 'push'): { args: string[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-workflow-'));
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'articles'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'articles/old.md'), '# Old\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  for (const name of HOSTILE) writeFileSync(join(repo, name), '# New\n');
  git('add', '.');
  git('commit', '-q', '-m', 'pull request');

  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const argsFile = join(dir, 'npx-args');
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\nprintf '%s\\0' "$@" > '${argsFile}'\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  // `npm ci` installs the repository's pinned factledger; here there is nothing to install.
  writeFileSync(join(bin, 'npm'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'npm'), 0o755);

  const outputs: Record<string, Record<string, string>> = {};
  const context = (expression: string): string => {
    const e = expression.trim();
    if (e === 'github.event_name') return event;
    if (e === 'github.base_ref') return event === 'pull_request' ? 'main' : '';
    const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
    if (step) return outputs[step[1] as string]?.[step[2] as string] ?? '';
    throw new Error(`the test does not know the expression ${e}`);
  };
  const expand = (text: string) => text.replace(/\$\{\{([^}]*)\}\}/g, (_, e: string) => context(e));
  for (const step of workflow.jobs.reconcile.steps) {
    if (step.run === undefined) continue;
    if (step.if !== undefined && expand(`\${{ ${step.if.replace(/ == .*$/, '')} }}`) !== 'pull_request') continue;
    const outputFile = join(dir, `output-${step.id ?? 'step'}`);
    writeFileSync(outputFile, '');
    const script = join(dir, 'step.sh');
    writeFileSync(script, expand(step.run));
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
    execFileSync('bash', ['-e', script], {
      cwd: repo,
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: dir, ...env },
    });
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    }
  }
  const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').split('\0').slice(0, -1) : [];
  return { args, dir: repo };
}

test('workflow: on a pull request, changed articles reach factledger as names, never as shell', () => {
  const { args, dir } = runWorkflow('pull_request');
  for (const name of ['pwned', 'pwned2', 'pwned3']) assert.ok(!existsSync(join(dir, name)), `${name} was run`);
  assert.deepEqual(args, ['--no', 'factledger', 'reconcile', ...[...HOSTILE].sort()]);
});

test('workflow: on a push, factledger reads the articles the configuration names', () => {
  const { args } = runWorkflow('push');
  assert.deepEqual(args, ['--no', 'factledger', 'reconcile']);
});
