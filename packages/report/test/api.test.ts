import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { formatFindings } from '@factledger/report';
import { VERSION } from '../src/version.js';
import { sampleFindings } from './helpers.js';

test('public API names', async () => {
  assert.deepEqual(Object.keys(await import('@factledger/report')).sort(), [
    'ANNOTATION_LIMIT',
    'FORMATS',
    'SHOWABLE',
    'createReporter',
    'describeRule',
    'findingMessage',
    'formatFindings',
    'formatGithub',
    'formatHtml',
    'formatJson',
    'formatSarif',
    'formatText',
    'isProblem',
    'jsonArrayPieces',
    'jsonPieces',
    'printable',
    'printableJson',
    'printableLines',
    'ruleId',
  ]);
});

test('the SARIF tool version is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});

test('formatFindings dispatches to each format', () => {
  const findings = sampleFindings();
  assert.match(formatFindings(findings, 'text'), /✖ 3 errors/);
  assert.deepEqual(JSON.parse(formatFindings(findings, 'json')).findings.length, findings.length);
  assert.equal(JSON.parse(formatFindings(findings, 'sarif')).version, '2.1.0');
  assert.match(formatFindings(findings, 'github'), /^::warning /);
});

test('bad arguments fail early with a TypeError naming the option', () => {
  const findings = sampleFindings();
  assert.throws(() => formatFindings(findings, 'xml' as never), { name: 'TypeError', message: /`format` `xml`/ });
  assert.throws(() => formatFindings({} as never, 'text'), { name: 'TypeError', message: /`findings`/ });
  assert.throws(() => formatFindings(findings, 'text', { failOn: 'info' as never }), {
    name: 'TypeError',
    message: /`failOn` `info`/,
  });
  assert.throws(() => formatFindings(findings, 'text', { color: 'yes' as never }), {
    name: 'TypeError',
    message: /`color`/,
  });
  assert.throws(() => formatFindings(findings, 'sarif', { cwd: '' }), { name: 'TypeError', message: /`cwd`/ });
  assert.throws(() => formatFindings(findings, 'text', { articles: { 'a.md': 3 as never } }), {
    name: 'TypeError',
    message: /`articles\["a.md"\]`/,
  });
});
