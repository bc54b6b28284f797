import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { formatFindings } from '@factledger/report';
import { ARTICLES, sampleFindings } from './helpers.js';

/** The sample findings with the Valley News conflict silenced by a comment and the arithmetic one by review. */
function silenced(): { findings: Finding[]; comment: Finding; reviewed: Finding } {
  const findings = sampleFindings().map((f) => {
    if (f.rule === 'fact' && f.verdict === 'conflict') {
      const position = { start: { line: 3, column: 1 }, end: { line: 3, column: 40 } };
      return { ...f, suppressions: [{ kind: 'inSource' as const, justification: 'quoting the claim', position }] };
    }
    if (f.rule === 'arithmetic') return { ...f, suppressions: [{ kind: 'external' as const, justification: 'ok' }] };
    return f;
  });
  const comment = findings.find((f) => f.rule === 'fact' && f.verdict === 'conflict') as Finding;
  const reviewed = findings.find((f) => f.rule === 'arithmetic') as Finding;
  return { findings, comment, reviewed };
}

test('text leaves suppressed findings out and counts them in the summary', () => {
  const { findings, comment, reviewed } = silenced();
  const text = formatFindings(findings, 'text', { articles: ARTICLES });
  assert.ok(!text.includes(comment.message) && !text.includes(reviewed.message), text);
  assert.ok(text.includes(findings[0]?.message as string), 'the others are still there');
  const summary = text.trimEnd().split('\n').at(-1) ?? '';
  assert.match(summary, /^✖ 1 error, 2 warnings, 2 suppressed · 1 matched, 1 unmatched$/);
  const clean = formatFindings(
    findings.filter((f) => f === comment),
    'text',
    { articles: ARTICLES },
  );
  assert.match(clean, /✔ no issues, 1 suppressed\n$/, 'an article whose only error is suppressed is clean');
});

test('GitHub annotations leave suppressed findings out', () => {
  const { findings, comment, reviewed } = silenced();
  const log = formatFindings(findings, 'github');
  const errors = log.split('\n').filter((l) => l.startsWith('::error'));
  assert.equal(errors.length, 1, log);
  assert.ok(!log.includes(comment.message) && !log.includes(reviewed.message));
});

test('SARIF results carry their suppressions; JSON carries the whole suppression', () => {
  const { findings, comment, reviewed } = silenced();
  const sarif = JSON.parse(formatFindings(findings, 'sarif', { articles: ARTICLES }));
  const results: { properties: { findingId: string }; suppressions?: unknown }[] = sarif.runs[0].results;
  const byId = (f: Finding) => results.find((r) => r.properties.findingId === f.id);
  assert.deepEqual(byId(comment)?.suppressions, [{ kind: 'inSource', justification: 'quoting the claim' }]);
  assert.deepEqual(byId(reviewed)?.suppressions, [{ kind: 'external', justification: 'ok' }]);
  assert.equal(results.filter((r) => r.suppressions).length, 2, 'the others have none');
  const json = JSON.parse(formatFindings(findings, 'json'));
  assert.deepEqual(json.findings.find((f: Finding) => f.id === comment.id).suppressions, comment.suppressions);
});
