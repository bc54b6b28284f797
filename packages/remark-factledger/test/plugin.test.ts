import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { LedgerFile } from '@factledger/ledger';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { parse } from 'yaml';
import remarkFactledger from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ledger = 'fixtures/cost-sharing/ledger.yaml';

const article = `---
title: A test article
published: 2021-04-01
---

Seoul will pay 1.18 trillion won this year, a 19% rise over 2019, officials said.

Some 28,500 US troops are stationed in the country.
`;

async function check(value: string, options: Parameters<typeof remarkFactledger>[0] = { ledger }) {
  const file = new VFile({ value, path: 'article.md', cwd: root });
  await remark().use(remarkFactledger, options).process(file);
  return file;
}

test('public API: a default export only', async () => {
  assert.deepEqual(Object.keys(await import('../src/index.js')).sort(), ['default']);
});

test('a conflicting figure becomes a fatal message on its place, with the ledger fact as cause', async () => {
  const file = await check(article);
  const conflict = file.messages.find((m) => m.ruleId === 'fact/conflict');
  assert.ok(conflict, file.messages.map(String).join('\n'));
  assert.equal(conflict.source, 'factledger');
  assert.equal(conflict.fatal, true);
  assert.equal(conflict.actual, '19%');
  // Where `19%` is in the file: line 6, counted independently of the parser.
  const offset = article.indexOf('19%');
  const column = offset - article.lastIndexOf('\n', offset);
  assert.deepEqual(conflict.place, {
    start: { line: 6, column, offset },
    end: { line: 6, column: column + 3, offset: offset + 3 },
  });
  assert.match(String(conflict), new RegExp(`^article\\.md:6:${column}-6:${column + 3}: `));
  assert.ok(conflict.url?.endsWith('#conflict'));
  assert.ok(conflict.cause instanceof VFileMessage, 'the ledger fact is linked as the cause');
  // The cause names the ledger's file and line; it has no place, which a reporter would print bare
  // as if it were in the article.
  const ledgerLine = readFileSync(`${root}${ledger}`, 'utf8')
    .split('\n')
    .findIndex((l) => /- id: increase-2021\b/.test(l));
  assert.match(
    conflict.cause.reason,
    new RegExp(`^Ledger fact \`increase-2021\` \\(${ledger}:${ledgerLine + 1}:\\d+\\)`),
  );
  assert.equal(conflict.cause.place, undefined);
});

test('agreeing figures are not reported by default, and are when asked for', async () => {
  const quiet = await check(article);
  assert.equal(quiet.messages.filter((m) => m.actual === '28,500').length, 0);
  const all = await check(article, { ledger, report: ['match'] });
  assert.ok(all.messages.some((m) => m.actual === '28,500' && m.ruleId === 'fact/match'));
});

test('the ledger may be a URL (relative to a JavaScript config) or data held in memory', async () => {
  const byPath = await check(article);
  const byUrl = await check(article, { ledger: new URL(ledger, `file://${root}`) });
  const data = parse(readFileSync(`${root}${ledger}`, 'utf8')) as LedgerFile;
  const byData = await check(article, { ledger: data });
  const rows = (f: VFile) => f.messages.map((m) => `${m.ruleId} ${m.actual}`);
  assert.ok(rows(byPath).includes('fact/conflict 19%'));
  assert.deepEqual(rows(byUrl), rows(byPath));
  assert.deepEqual(rows(byData), rows(byPath));
});

test('a bad option is a TypeError naming the option', () => {
  assert.throws(
    () =>
      remark()
        .use(remarkFactledger, {} as never)
        .freeze(),
    /`ledger` option/,
  );
});

test('the Markdown fixture runs through remark with the fixture ledger', async () => {
  const value = readFileSync(`${root}fixtures/articles/cost-talks-frontmatter.md`, 'utf8');
  const file = await check(value);
  for (const m of file.messages) {
    assert.equal(m.source, 'factledger');
    assert.ok(m.place && 'start' in m.place, 'every message has a place');
  }
});

test('a file given as bytes with a byte order mark: places are in the file as on disk', async () => {
  const text = `\ufeff${article}`;
  const file = new VFile({ value: new TextEncoder().encode(text), path: 'article.md', cwd: root });
  await remark().use(remarkFactledger, { ledger }).process(file);
  const conflict = file.messages.find((m) => m.ruleId === 'fact/conflict');
  const offset = text.indexOf('19%');
  assert.ok(conflict?.place && 'start' in conflict.place, file.messages.map(String).join('\n'));
  assert.equal(conflict.place.start.offset, offset);
  assert.equal(text.slice(offset, conflict.place.end.offset), '19%');
});

test('a file with no prose has nothing to check and gets no message', async () => {
  const file = await check('---\ntitle: Only front matter\n---\n');
  assert.deepEqual(file.messages, []);
});
