import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './run-cli.js';

interface JsonDocument {
  id: string;
  format: string;
  metadata: { published?: string; origin: Record<string, string> };
  text: string;
  blocks: { kind: string; start: number; end: number; position: { start: { line: number } } }[];
  sentences: { block: number; start: number; end: number }[];
  repairs: { kind: string }[];
  map: { length: number; segments: [number, number, number][] };
}

test('parse --format json prints only the document', async () => {
  const { code, stdout, stderr } = await runCli(['parse', '--format', 'json', 'fixtures/articles/cost-talks-pdf.txt']);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const doc = JSON.parse(stdout) as JsonDocument;
  assert.equal(doc.id, 'fixtures/articles/cost-talks-pdf.txt');
  assert.equal(doc.format, 'text');
  assert.equal(doc.metadata.published, '2021-04');
  assert.equal(doc.metadata.origin.published, 'sidecar');
  assert.match(doc.text, /American garrison on its soil/);
  assert.ok(doc.repairs.some((r) => r.kind === 'dehyphenate'));
  assert.equal(doc.map.length, doc.text.length);
  assert.ok(doc.sentences.length > 5);
});

test('parse --published overrides; several files give an array; text output lists blocks and repairs', async () => {
  const json = await runCli(['parse', '--format', 'json', '--published', '2020-01', 'fixtures/articles']);
  assert.equal(json.code, 0, json.stderr);
  const docs = JSON.parse(json.stdout) as JsonDocument[];
  assert.equal(docs.length, 3);
  for (const doc of docs)
    assert.deepEqual([doc.metadata.published, doc.metadata.origin.published], ['2020-01', 'option']);
  const text = await runCli(['parse', 'fixtures/articles/cost-talks-frontmatter.md']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^fixtures\/articles\/cost-talks-frontmatter\.md \(markdown\)$/m);
  assert.match(text.stdout, /published: +2020-01-24 \(frontmatter\)/);
  assert.match(text.stdout, /heading +"Allies return to the table/);
  assert.match(text.stdout, /Repairs:/);
});

const dir = mkdtempSync(join(tmpdir(), 'factledger-cli-parse-'));
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'binary.txt'), new Uint8Array([1, 2, 0, 3]));
writeFileSync(join(dir, 'latin1.txt'), new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
writeFileSync(join(dir, 'ledger.json'), '{"facts": []}');
writeFileSync(join(dir, 'big.txt'), 'word '.repeat(1000));
writeFileSync(join(dir, 'bad.md'), '---\npublished: soon\n---\n\nText.\n');
mkdirSync(join(dir, 'sub.md'));

for (const [args, pattern] of [
  [['missing.txt'], /missing\.txt: No such file/],
  [['empty.txt'], /empty\.txt: The article is empty/],
  [['binary.txt'], /binary\.txt: Unexpected binary file/],
  [['latin1.txt'], /latin1\.txt: Invalid UTF-8 at byte 3 /],
  [['ledger.json'], /ledger\.json: Unexpected \.json data file, expected an article/],
  [
    ['--max-size', '1KB', 'big.txt'],
    /big\.txt: File is 4\.9 KB, larger than the limit of 1\.0 KB \(pass `--max-size 1MB`/,
  ],
  [['bad.md'], /bad\.md:2:12: Unexpected `published: soon` in front matter, expected a date/],
] as [string[], RegExp][]) {
  test(`parse ${args.join(' ')}: one line on stderr, exit 2, no stack`, async () => {
    const { code, stdout, stderr } = await runCli(['parse', ...args], dir);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, pattern);
    assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });
}
