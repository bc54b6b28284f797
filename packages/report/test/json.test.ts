import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatJson, jsonArrayPieces, jsonPieces } from '@factledger/report';
import { sampleFindings } from './helpers.js';

test('json: { findings } round-trips every finding unchanged', () => {
  const findings = sampleFindings();
  const out = formatJson(findings);
  assert.ok(out.endsWith('}\n'));
  assert.deepEqual(Object.keys(JSON.parse(out)), ['findings']);
  assert.deepEqual(JSON.parse(out).findings, JSON.parse(JSON.stringify(findings)));
  assert.deepEqual(JSON.parse(formatJson([])), { findings: [] });
});

test('json pieces: one finding a piece, and together the text JSON.stringify gives the whole', () => {
  const findings = sampleFindings();
  const pieces = [...jsonPieces(findings)];
  assert.equal(pieces.join(''), `${JSON.stringify({ findings }, null, 2)}\n`);
  assert.equal(pieces.length, findings.length + 3, 'an opening, a piece per finding, the array close, the end');
  assert.equal([...jsonPieces([])].join(''), `${JSON.stringify({ findings: [] }, null, 2)}\n`);
  const nested = [{ a: [1, { b: 'x\ny' }] }, { c: {} }];
  assert.equal([...jsonArrayPieces(nested, 2)].join(''), JSON.stringify(nested, null, 2).replace(/\n/g, '\n    '));
});
