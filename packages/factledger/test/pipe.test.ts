import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const tsx = fileURLToPath(import.meta.resolve('tsx/esm'));

test('a reader that stops early (`| head`) ends the output quietly: no internal error, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-pipe-'));
  // Far more JSON than a pipe buffers, so the CLI is still writing when `head` goes away.
  const line = 'The board paid $4.7 million for 12 cranes in 2023, up 14% on the year before.\n\n';
  writeFileSync(join(dir, 'long.md'), `# Report\n\n${line.repeat(4000)}`);
  const script = `"${process.execPath}" --import "${tsx}" "${bin}" extract --format json long.md | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`;
  const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  assert.doesNotMatch(r.stderr, /internal error|EPIPE|\n\s+at /, r.stderr);
  assert.match(r.stderr, /^exit 0$/m, r.stderr);
});
