import assert from 'node:assert/strict';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkLedger, loadLedger, parseLedger } from '../src/index.js';

const messages = (text: string, options = {}) => checkLedger(text, options).errors.map((e) => e.format());

test('a YAML alias bomb is refused without expanding it', () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const started = Date.now();
  const errors = messages(lines.join('\n'));
  assert.ok(Date.now() - started < 1000);
  assert.equal(errors.length, 81);
  assert.equal(errors[0], '2:8: aliases (`*a`) are not allowed in a ledger (write the value out)');
});

test('deep nesting gets one clear error, not a stack overflow', () => {
  const deep = `topic: t\nfacts: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  assert.deepEqual(
    messages(deep).map((m) => m.replace(/^\d+:\d+: /, '')),
    ['nested too deeply to read (a ledger needs only a few levels)'],
  );
  const fairlyDeep = `topic: t\nfacts: ${'['.repeat(40)}${']'.repeat(40)}\n`;
  assert.deepEqual(messages(fairlyDeep), ['2:39: nested more than 32 levels deep (a ledger needs only a few levels)']);
});

test('text over the size cap is refused before it is parsed, with a hint', () => {
  const text = `topic: t\nfacts: []\n# ${'x'.repeat(2048)}\n`;
  assert.deepEqual(messages(text, { maxBytes: 1024 }), [
    'the ledger is 0.0 MB, over the 0.0 MB limit (split it into one ledger per topic, or raise the limit (maxBytes / --max-size))',
  ]);
});

test('a 100 MB ledger file is refused without being read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  const path = join(dir, 'huge.yaml');
  writeFileSync(path, 'topic: t\n');
  truncateSync(path, 100 * 1024 * 1024); // sparse: costs no disk and no time
  await assert.rejects(loadLedger(path), (error: Error & { format(): string }) => {
    assert.match(error.format(), /huge\.yaml: the ledger is 100\.0 MB, over the 10\.0 MB limit/);
    return true;
  });
});

test('missing files and directories are named as such', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  await assert.rejects(loadLedger(join(dir, 'nope.yaml')), { code: 'not-found' });
  await assert.rejects(loadLedger(dir), { code: 'is-directory' });
});

test('__proto__ keys neither pollute prototypes nor pass validation', () => {
  const json = '{"topic": "t", "facts": [], "__proto__": {"polluted": true}}';
  assert.deepEqual(messages(json, { format: 'json' }), [
    '1:29: __proto__: unknown property `__proto__` (expected one of `$schema`, `topic`, `description`, `scope`, `entities`, `rates`, `facts`)',
  ]);
  const nested =
    'topic: t\nfacts:\n  - { id: a, kind: count, description: d, value: { amount: 1, unit: x, __proto__: { polluted: 1 } } }\n';
  assert.equal(messages(nested).length, 1);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
});

test('a term that would be a catastrophic regex is kept as literal text', () => {
  const evil = '(a+)+$';
  const ledger = parseLedger(
    `topic: t\nfacts:\n  - { id: a, kind: count, description: d, value: { amount: 1, unit: x }, match: { terms: ['${evil}', '(x|x|x)*y'] } }\n`,
  );
  assert.deepEqual(ledger.fact('a')?.match?.terms, [evil, '(x|x|x)*y']);
  // The schema has no user-supplied `pattern` and nothing in the package compiles terms into a RegExp.
  const started = Date.now();
  checkLedger(`topic: t\nfacts: []\ndescription: '${'a'.repeat(50000)}!'\n`);
  assert.ok(Date.now() - started < 1000);
});

test('binary junk and non-mapping documents get a message, not a crash', () => {
  assert.equal(checkLedger('\u0000\u0001\u0002').ok, false);
  assert.deepEqual(messages('- a\n- b\n'), ['1:1: expected a mapping, got a list']);
  assert.deepEqual(messages('42'), ['1:1: expected a mapping, got 42']);
  assert.deepEqual(messages('a: b\n---\nc: d\n').length, 1);
});
