import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Directive, Position } from '@factledger/core';
import { type Finding, isSuppressed, SuppressionRun, suppressFindings } from '@factledger/reconcile';
import { claim } from './helpers.js';

/** A finding of `rule`/`verdict` on a figure that starts at `line`:`column` of `file`. */
function found(rule: Finding['rule'], verdict: Finding['verdict'], line: number, column = 1, file = 'a.md'): Finding {
  const c = claim({ kind: 'money', value: 5e6, text: '€5 million', document: file });
  c.position = { start: { line, column, offset: line * 100 + column }, end: { line, column: column + 10 } };
  return {
    id: `${rule}-${verdict}-${file}-${line}-${column}`,
    rule,
    verdict,
    severity: verdict === 'conflict' ? 'error' : verdict === 'match' || verdict === 'unmatched' ? 'info' : 'warning',
    claim: { ...c, file },
    fact: null,
    against: null,
    message: `${rule}/${verdict} at ${line}:${column}`,
  };
}

/** A comment on `line` from `column` to `endColumn`. */
function at(line: number, column = 1, endColumn = column + 30): Position {
  return { start: { line, column, offset: line * 100 + column }, end: { line, column: endColumn } };
}

const nextLine = (line: number, rules: string[], reason?: string): Directive => ({
  kind: 'disable-next-line',
  rules,
  ...(reason ? { reason } : {}),
  position: at(line - 1),
  line,
});
const block = (kind: 'disable' | 'enable', line: number, rules: string[] = []): Directive => ({
  kind,
  rules,
  position: at(line),
});

const silenced = (findings: readonly Finding[]) => findings.filter(isSuppressed).map((f) => f.message);

test('disable-next-line silences the rule it names on its line only', () => {
  const findings = [
    found('fact', 'conflict', 4),
    found('fact', 'rounded', 4, 20),
    found('fact', 'conflict', 5),
    found('conversion', 'conflict', 4, 40),
  ];
  const { findings: out, stale } = suppressFindings(findings, [nextLine(4, ['fact/conflict'], 'the desk checked')]);
  assert.deepEqual(silenced(out), ['fact/conflict at 4:1']);
  assert.deepEqual(out[0]?.suppressions, [{ kind: 'inSource', justification: 'the desk checked', position: at(3) }]);
  assert.equal(out[1], findings[1], 'a finding left alone is returned as it was');
  assert.deepEqual(stale, []);
});

test('a directive naming another rule silences nothing and is stale', () => {
  const findings = [found('fact', 'rounded', 4)];
  const { findings: out, stale } = suppressFindings(findings, [nextLine(4, ['fact/conflict'])]);
  assert.deepEqual(silenced(out), []);
  assert.deepEqual(
    stale.map((s) => s.message),
    ['Unused factledger-disable-next-line directive (no `fact/conflict` finding on line 4)'],
  );
});

test('no rule, several rules and wildcards', () => {
  const findings = [
    found('fact', 'conflict', 2),
    found('cross-article', 'conflict', 2, 30),
    found('fact', 'rounded', 3),
    found('arithmetic', 'conflict', 3, 30),
    found('conversion', 'rounded', 4),
  ];
  const { findings: out, stale } = suppressFindings(findings, [
    nextLine(2, []),
    nextLine(3, ['fact/*', '*/conflict']),
    nextLine(4, ['fact/rounded', 'conversion/rounded']),
  ]);
  assert.equal(silenced(out).length, 5);
  assert.deepEqual(
    stale.map((s) => s.message),
    ['Unused factledger-disable-next-line directive (no `fact/rounded` finding on line 4)'],
    'each rule of a directive is used or stale on its own',
  );
});

test('disable without enable runs to the end of the file; an enable ends the blocks of the rules it names', () => {
  const findings = [
    found('fact', 'rounded', 1),
    found('fact', 'rounded', 3),
    found('fact', 'conflict', 3, 20),
    found('fact', 'rounded', 8),
    found('fact', 'conflict', 9000),
  ];
  const open = suppressFindings(findings, [block('disable', 2)]);
  assert.deepEqual(silenced(open.findings), [
    'fact/rounded at 3:1',
    'fact/conflict at 3:20',
    'fact/rounded at 8:1',
    'fact/conflict at 9000:1',
  ]);
  const closed = suppressFindings(findings, [
    block('disable', 2, ['fact/rounded', 'fact/conflict']),
    block('enable', 5, ['fact/rounded']),
  ]);
  assert.deepEqual(silenced(closed.findings), [
    'fact/rounded at 3:1',
    'fact/conflict at 3:20',
    'fact/conflict at 9000:1',
  ]);
  const bare = suppressFindings(findings, [block('disable', 2, ['fact/rounded']), block('enable', 5)]);
  assert.deepEqual(silenced(bare.findings), ['fact/rounded at 3:1']);
});

test('a block starts after its comment and ends before the enable, on the same line too', () => {
  const findings = [found('fact', 'rounded', 2, 5), found('fact', 'rounded', 2, 50), found('fact', 'rounded', 2, 90)];
  const directives: Directive[] = [
    { kind: 'disable', rules: [], position: at(2, 20, 40) },
    { kind: 'enable', rules: [], position: at(2, 60, 80) },
  ];
  assert.deepEqual(silenced(suppressFindings(findings, directives).findings), ['fact/rounded at 2:50']);
  const empty = suppressFindings([found('fact', 'rounded', 2, 90)], directives);
  assert.deepEqual(
    empty.stale.map((s) => s.message),
    ['Unused factledger-disable directive (no finding before the factledger-enable on line 2)'],
  );
});

test('a figure that matches its fact is never silenced, so a directive over it alone is stale', () => {
  const { findings, stale } = suppressFindings([found('fact', 'match', 4)], [nextLine(4, [])]);
  assert.deepEqual(silenced(findings), []);
  assert.equal(stale.length, 1);
});

test('an unknown rule silences nothing and says what a rule id looks like', () => {
  const { findings, stale } = suppressFindings([found('fact', 'conflict', 4)], [nextLine(4, ['fact/conflcit'])]);
  assert.deepEqual(silenced(findings), []);
  assert.match(
    stale[0]?.message ?? '',
    /^Unknown rule `fact\/conflcit` in factledger-disable-next-line, expected `<check>\/<verdict>`/,
  );
});

test('a reviewed id silences its finding with the reason, wherever it is', () => {
  const findings = [found('fact', 'conflict', 4), found('fact', 'conflict', 7)];
  const { findings: out } = suppressFindings(findings, [], [{ id: findings[1]?.id as string, reason: 'ledger lags' }]);
  assert.deepEqual(silenced(out), ['fact/conflict at 7:1']);
  assert.deepEqual(out[1]?.suppressions, [{ kind: 'external', justification: 'ledger lags' }]);
});

test('a bad reviewed list is a TypeError naming the entry', () => {
  assert.throws(() => suppressFindings([], [], [{ id: '', reason: 'x' }]), /`reviewed\[0\]\.id`/);
  assert.throws(() => suppressFindings([], [], [{ id: 'abc' } as never]), /`reviewed\[0\]\.reason`/);
  assert.throws(() => new SuppressionRun('abc' as never), /`reviewed` to be an array/);
});

test('over a run: a directive used by a later cross-article finding is not stale; unused ones and reviewed ids are', () => {
  const run = new SuppressionRun([
    { id: 'fact-conflict-b.md-3-1', reason: 'seen' },
    { id: 'no-such-finding', reason: 'gone' },
    { id: 'fact-match-b.md-9-1', reason: 'fixed since' },
  ]);
  const a = run.article(
    'a.md',
    [found('fact', 'rounded', 2)],
    [nextLine(5, ['cross-article/conflict']), nextLine(8, [])],
  );
  assert.deepEqual(silenced(a), []);
  const b = run.article('b.md', [found('fact', 'conflict', 3, 1, 'b.md'), found('fact', 'match', 9, 1, 'b.md')]);
  assert.deepEqual(silenced(b), ['fact/conflict at 3:1']);
  const cross = run.silence([found('cross-article', 'conflict', 5)]);
  assert.deepEqual(silenced(cross), ['cross-article/conflict at 5:1']);
  assert.deepEqual(
    run.stale().map((s) => [s.file, s.position?.start.line ?? null, s.message]),
    [
      ['a.md', 7, 'Unused factledger-disable-next-line directive (no finding on line 8)'],
      [
        null,
        null,
        'Unused reviewed entry `no-such-finding` (no finding to silence has this id): remove it from `reviewed`, or check the id against the JSON report',
      ],
      [
        null,
        null,
        'Unused reviewed entry `fact-match-b.md-9-1` (no finding to silence has this id): remove it from `reviewed`, or check the id against the JSON report',
      ],
    ],
  );
});

test('one comment speaks for a finding, and thousands of directives cost no more than their findings', () => {
  const n = 20_000;
  const directives: Directive[] = [];
  const findings: Finding[] = [];
  for (let line = 1; line <= n; line++) {
    directives.push({ kind: 'disable', rules: line % 2 ? [] : ['fact/conflict'], position: at(line, 1, 20) });
    findings.push(found('fact', 'conflict', line, 40));
  }
  directives.push(nextLine(n, ['fact/*'], 'on its own line'));
  const started = performance.now();
  const { findings: out, stale } = suppressFindings(findings, directives);
  const elapsed = performance.now() - started;
  assert.ok(
    out.every((f) => f.suppressions?.length === 1),
    'the nearest directive only',
  );
  assert.equal(out[5]?.suppressions?.[0]?.position, directives[5]?.position, 'the block opened last');
  assert.equal(out.at(-1)?.suppressions?.[0]?.justification, 'on its own line', 'a line directive before any block');
  assert.deepEqual(stale, [], 'every block covered a finding');
  assert.ok(elapsed < 5000, `${elapsed} ms`);
});
