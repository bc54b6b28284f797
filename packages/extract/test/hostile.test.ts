import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HOSTILE } from './hostile-input.js';

// Inputs built to make a backtracking scanner or a quadratic loop crawl. Each runs in its own
// process with a time limit far above what a linear pass needs (well under 10 s each on a slow
// machine), so a hang or a blow-up fails the test instead of stalling the suite.
const script = fileURLToPath(new URL('./hostile-input.ts', import.meta.url));

for (const name of Object.keys(HOSTILE)) {
  test(`extraction finishes on ${name}`, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, name], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.signal, null, `killed after 60 s: ${name}`);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\d+$/);
  });
}
