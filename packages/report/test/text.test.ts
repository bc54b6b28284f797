import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatText } from '@factledger/report';
import { ARTICLES, claimAt, sampleFindings } from './helpers.js';

test('text: errors and warnings are listed, matched and unmatched figures only counted', () => {
  const all = sampleFindings();
  const out = formatText(all);
  const lines = out.split('\n');
  assert.equal(lines[0], 'articles/bridge.md');
  const rows = lines.slice(1, lines.indexOf(''));
  const problems = all.filter((f) => f.claim.file === 'articles/bridge.md' && f.severity !== 'info');
  assert.equal(rows.length, problems.length);
  assert.ok(
    all.filter((f) => f.severity === 'info').every((f) => !out.includes(f.message)),
    'no info row by default',
  );
  const matched = all.filter((f) => f.verdict === 'match').length;
  const unmatched = all.filter((f) => f.verdict === 'unmatched').length;
  assert.equal(lines.at(-2), `✖ 3 errors, 2 warnings · ${matched} matched, ${unmatched} unmatched`);
});

test('text: show lists them too: a header per file, aligned rows in source order, a summary', () => {
  const out = formatText(sampleFindings(), { show: ['match', 'unmatched'] });
  const lines = out.split('\n');
  assert.equal(lines[0], 'articles/bridge.md');
  const rows = lines.slice(1, lines.indexOf(''));
  assert.equal(rows.length, 5);
  // Source order: line 3 before line 4 before line 5, and each row is place, severity, message, rule.
  assert.deepEqual(
    rows.map((r) => r.trim().split(/\s{2,}/)[0]),
    ['3:28-3:38', '4:15-4:18', '4:40-4:52', '5:23-5:28', '5:41-5:50'],
  );
  assert.match(rows[0] as string, /^ {2}3:28-3:38 {2}warning {2}"about €5 billion" .* {2}fact\/rounded$/);
  assert.match(rows[1] as string, /^ {2}4:15-4:18 {2}error {4}Unexpected `14%`.* {2}arithmetic\/conflict$/);
  // The rule column starts at the same place on every row.
  const ruleColumns = rows.map((r) => r.search(/\S+$/));
  assert.equal(new Set(ruleColumns).size, 1, rows.join('\n'));
  assert.ok(lines.includes('articles/valley.md'));
  assert.equal(lines.at(-2), '✖ 3 errors, 2 warnings · 1 matched, 1 unmatched', 'the same summary');
  assert.equal(lines.at(-1), '');
  assert.ok(!out.includes('\u001b'), 'no colour unless asked');
});

test('text: show names the verdicts it lists', () => {
  const all = sampleFindings();
  const match = all.find((f) => f.verdict === 'match')!;
  const unmatched = all.find((f) => f.verdict === 'unmatched')!;
  const out = formatText(all, { show: ['match'] });
  assert.ok(out.includes(match.message) && !out.includes(unmatched.message), out);
  assert.throws(() => formatText(all, { show: ['matches' as 'match'] }), /Unexpected `show` `matches`/);
});

test('text: colour only when asked, vfile-reporter style', () => {
  const out = formatText(sampleFindings(), { color: true });
  const ESC = '\u001b';
  for (const painted of [
    `${ESC}[4marticles/bridge.md${ESC}[24m`,
    `${ESC}[31merror`,
    `${ESC}[33mwarning`,
    `${ESC}[2mfact/rounded${ESC}[22m`,
    `${ESC}[31m✖${ESC}[39m 3 errors`,
  ]) {
    assert.ok(out.includes(painted), JSON.stringify(painted));
  }
});

test('text: summaries for warnings only, info only, and nothing', () => {
  const all = sampleFindings();
  assert.match(formatText(all.filter((f) => f.severity === 'warning')), /\n⚠ 2 warnings\n$/);
  assert.equal(formatText(all.filter((f) => f.severity === 'info')), '✔ no issues · 1 matched, 1 unmatched\n');
  assert.equal(formatText([]), '✔ no issues found\n');
  assert.match(formatText(all.filter((f) => f.verdict === 'conflict').slice(0, 1)), /\n✖ 1 error\n$/);
});

test('text: articles with nothing to list are left out, as ESLint does; show lists them as clean', () => {
  const articles = { 'articles/clean.md': 'Nothing to see.' };
  assert.equal(formatText([], { articles }), '✔ no issues found\n');
  assert.equal(
    formatText([], { articles, show: ['match', 'unmatched'] }),
    'articles/clean.md: no issues found\n\n✔ no issues found\n',
  );
});

test('text: control characters from an article cannot reach the terminal', () => {
  const [f] = sampleFindings();
  const hostile = {
    ...f!,
    message: 'Unexpected `\u001b[2J\u001b[31mfake`\nsecond line',
    claim: { ...f!.claim, file: 'a\u001b]0;x\u0007.md' },
  };
  const out = formatText([hostile]);
  const controls = [...out].filter((c) => c !== '\n' && (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127));
  assert.deepEqual(controls, []);
  assert.match(out, /\\u001b\[2J/);
  assert.equal(out.split('\n').length, 5, 'one header, one row, a blank line, the summary and the final newline');
});

test('text: rows follow positions, not input order', () => {
  const a = claimAt('articles/bridge.md', '€4.7 billion');
  const b = claimAt('articles/bridge.md', '€4.0 billion');
  const [f] = sampleFindings();
  const out = formatText([
    { ...f!, claim: a, message: 'second' },
    { ...f!, claim: b, message: 'first' },
  ]);
  assert.ok(out.indexOf('first') < out.indexOf('second'));
  assert.ok(ARTICLES['articles/bridge.md']);
});

test('a report of 200,000 findings in one file is written, not a stack overflow', () => {
  const [one] = sampleFindings();
  assert.ok(one);
  const many = Array.from({ length: 200_000 }, () => one);
  const text = formatText(many);
  assert.equal(text.split('\n').filter((l) => l.includes(one.message.slice(0, 20))).length, 200_000);
});
