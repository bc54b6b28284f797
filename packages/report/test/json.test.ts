import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatJson } from '@factledger/report';
import { sampleFindings } from './helpers.js';

test('json: { findings } round-trips every finding unchanged', () => {
  const findings = sampleFindings();
  const out = formatJson(findings);
  assert.ok(out.endsWith('}\n'));
  assert.deepEqual(Object.keys(JSON.parse(out)), ['findings']);
  assert.deepEqual(JSON.parse(out).findings, JSON.parse(JSON.stringify(findings)));
  assert.deepEqual(JSON.parse(formatJson([])), { findings: [] });
});
