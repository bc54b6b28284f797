import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LspClient } from './lsp-client.js';
import { runBin } from './run-cli.js';

// A project as `npm i -D factledger` lays it out (the packages linked in from this checkout), with
// the files `factledger init` writes: their modelines must lead the editor to the schemas on disk.
const packages = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'factledger-editor-'));
mkdirSync(join(dir, 'node_modules/@factledger'), { recursive: true });
symlinkSync(join(packages, 'factledger'), join(dir, 'node_modules/factledger'), 'dir');
symlinkSync(join(packages, 'ledger'), join(dir, 'node_modules/@factledger/ledger'), 'dir');

const client = new LspClient(10_000);
before(async () => {
  const init = runBin(['init'], dir);
  assert.equal(init.code, 0, init.stderr);
  assert.equal(init.stderr, '', 'the schemas are where the modelines say');
  await client.start(dir);
});
after(() => client.stop());

/** The file as init wrote it, edited, plus an empty last line to complete on. */
function edited(file: string, from: string, to: string): { path: string; text: string; lastLine: number } {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  assert.ok(original.includes(from), `${file} has ${from}`);
  const text = `${original.replace(from, to)}\n`;
  return { path, text, lastLine: text.split('\n').length - 1 };
}

const cases = [
  {
    file: 'ledgers/facts.ledger.yaml',
    bad: ['kind: money', 'kind: cash'],
    offered: ['description', 'rates', 'scope'],
    present: 'topic',
    allowed: 'percent',
  },
  {
    file: 'factledger.config.yaml',
    bad: ['failOn: error', 'failOn: sometimes'],
    offered: ['maxWarnings', 'outputs', 'published'],
    present: 'failOn',
    allowed: 'warning',
  },
] as const;

for (const { file, bad, offered, present, allowed } of cases) {
  test(`${file} as init writes it: no diagnostic, and the schema's keys are offered`, async () => {
    const { path, text, lastLine } = edited(file, bad[0], bad[0]);
    const uri = client.open(path, text);
    // A schema the server could not load would be a diagnostic here too.
    assert.deepEqual(await client.diagnosticsFor(uri), []);
    const labels = await client.completion(uri, lastLine, 0);
    for (const key of offered) assert.ok(labels.includes(key), `${key} offered, got ${labels.join(', ')}`);
    assert.ok(!labels.includes(present), `${present}, already there, is not offered again`);
  });

  test(`${file}: a value the schema does not allow gets a diagnostic on it`, async () => {
    const { path, text } = edited(file, bad[0], bad[1]);
    const uri = client.open(`${path.replace(/\.yaml$/, '')}-bad.yaml`, text);
    const [diagnostic, ...more] = await client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(more, []);
    const line = text.split('\n').findIndex((l) => l.includes(bad[1]));
    assert.equal(diagnostic?.range.start.line, line);
    assert.equal(diagnostic?.range.start.character, text.split('\n')[line]?.indexOf(bad[1].split(' ')[1] ?? ''));
    assert.match(diagnostic?.message ?? '', new RegExp(`"${allowed}"`));
  });
}
