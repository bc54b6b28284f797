import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createReporter, formatSarif } from '@factledger/report';
import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { ARTICLES, claimAt, LEDGER_FILE, sampleFindings } from './helpers.js';

// The official SARIF 2.1.0 schema is draft-04, which Ajv 8 reads through ajv-draft-04. Compiled once.
// `unicodeRegExp: false`: the schema's `language` pattern (`…-[a-zA-Z]{2}]?$`) is not valid with the
// `u` flag, and the schema was written for non-unicode regexes; `strict: false` for its draft-04 idioms.
// Both are CommonJS with `exports.default`; under NodeNext the default import is the module object.
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const CWD = '/repo';

function sarif(findings = sampleFindings(), articles: Record<string, string> = ARTICLES, cwd = CWD): Log {
  return JSON.parse(formatSarif(findings, { cwd, articles })) as Log;
}

function assertValid(log: unknown) {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
}

test('sarif: valid against the official SARIF 2.1.0 schema', () => {
  assertValid(sarif());
  assertValid(sarif([]));
});

test('sarif: the validator is live: it rejects a start column of 0 and a missing message', () => {
  const log = sarif();
  const result = log.runs[0]!.results![0]!;
  result.locations![0]!.physicalLocation!.region!.startColumn = 0;
  assert.equal(validate(log), false);
  const log2 = sarif() as unknown as { runs: { results: { message?: unknown }[] }[] };
  delete log2.runs[0]!.results[0]!.message;
  assert.equal(validate(log2), false);
});

test('sarif: what code scanning requires of the log, the run and the rules', () => {
  const log = sarif();
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0]!;
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.tool.driver.name, 'factledger');
  assert.match(run.tool.driver.version!, /^\d+\.\d+\.\d+/);
  assert.match(run.tool.driver.informationUri!, /^https:\/\//);
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
  const rules = run.tool.driver.rules!;
  // One rule per check/verdict that occurs, in the order they first occur; a match is not a
  // problem and has no rule.
  assert.deepEqual(rules.map((r) => r.id).sort(), [
    'arithmetic/conflict',
    'cross-article/conflict',
    'fact/ambiguous',
    'fact/conflict',
    'fact/rounded',
    'fact/unmatched',
  ]);
  for (const rule of rules) {
    assert.ok(rule.shortDescription?.text, rule.id);
    assert.ok(rule.fullDescription?.text.startsWith('A '), rule.id);
    assert.ok(rule.help?.text && rule.help.markdown?.includes(`\`${rule.id}\``), rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration!.level!), rule.id);
  }
  assert.equal(rules.find((r) => r.id === 'fact/conflict')!.defaultConfiguration!.level, 'error');
  assert.equal(rules.find((r) => r.id === 'fact/rounded')!.defaultConfiguration!.level, 'warning');
  assert.equal(rules.find((r) => r.id === 'fact/unmatched')!.defaultConfiguration!.level, 'note');
});

test('sarif: results carry rule, level, message, a repo-relative region copied from unist', () => {
  const findings = sampleFindings();
  const run = sarif(findings).runs[0]!;
  const results = run.results!;
  assert.equal(results.length, findings.filter((f) => f.verdict !== 'match').length);
  for (const r of results) {
    assert.equal(run.tool.driver.rules![r.ruleIndex!]!.id, r.ruleId);
    assert.ok(r.message.text);
  }
  const rounded = results.find((r) => r.ruleId === 'fact/rounded')!;
  const claim = findings.find((f) => f.verdict === 'rounded')!.claim;
  assert.equal(rounded.level, 'warning');
  assert.equal(rounded.message.text, findings.find((f) => f.verdict === 'rounded')!.message);
  const location = rounded.locations![0]!.physicalLocation!;
  assert.deepEqual(location.artifactLocation, { uri: 'articles/bridge.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(location.region, {
    startLine: claim.position.start.line,
    startColumn: claim.position.start.column,
    endLine: claim.position.end.line,
    endColumn: claim.position.end.column,
    snippet: { text: '€5 billion' },
  });
  assert.equal(results.find((r) => r.ruleId === 'fact/conflict')!.level, 'error');
  assert.equal(results.find((r) => r.ruleId === 'fact/unmatched')!.level, 'note');
});

test('sarif: related locations point at the ledger fact, the other article, the pair of figures', () => {
  const results = sarif().runs[0]!.results!;
  const related = (id: string) => results.find((r) => r.ruleId === id)!.relatedLocations!;
  const [fact] = related('fact/conflict');
  assert.deepEqual(fact!.physicalLocation!.artifactLocation, { uri: LEDGER_FILE, uriBaseId: '%SRCROOT%' });
  assert.deepEqual(fact!.physicalLocation!.region, { startLine: 7, startColumn: 5, endLine: 14, endColumn: 1 });
  assert.match(fact!.message!.text ?? '', /budget-2023/);
  const [other] = related('cross-article/conflict');
  assert.equal(other!.physicalLocation!.artifactLocation!.uri, 'articles/bridge.md');
  assert.equal(other!.physicalLocation!.region!.startLine, 3);
  assert.match(other!.message!.text ?? '', /Lake Post/);
  const pair = related('arithmetic/conflict');
  assert.deepEqual(
    pair.map((l) => [l.id, l.physicalLocation!.region!.startColumn]),
    [
      [1, 24],
      [2, 40],
    ],
  );
  assert.equal(results.find((r) => r.ruleId === 'fact/unmatched')!.relatedLocations, undefined);
});

function fingerprint(r: Result): string {
  return r.partialFingerprints!['primaryLocationLineHash']!;
}

test('sarif: fingerprints survive lines added above, and change with the line or the rule', () => {
  const before = sarif().runs[0]!.results!;
  // The same article with three lines inserted at the top: every position moves down three lines.
  const moved = { ...ARTICLES, 'articles/bridge.md': `Intro.\n\nAnother.\n${ARTICLES['articles/bridge.md']}` };
  const shift = <T extends { line: number; offset?: number | undefined }>(p: T): T => ({
    ...p,
    line: p.line + 3,
    offset: (p.offset ?? 0) + 17,
  });
  const findings = sampleFindings().map((f) =>
    f.claim.file === 'articles/bridge.md'
      ? {
          ...f,
          claim: { ...f.claim, position: { start: shift(f.claim.position.start), end: shift(f.claim.position.end) } },
        }
      : f,
  );
  const after = sarif(findings, moved).runs[0]!.results!;
  assert.equal(after[0]!.locations![0]!.physicalLocation!.region!.startLine, 6);
  assert.deepEqual(after.map(fingerprint), before.map(fingerprint));

  // Every result has its own fingerprint, including the two on the same claim (fact vs cross-article).
  assert.equal(new Set(before.map(fingerprint)).size, before.length);
  for (const f of before.map(fingerprint)) assert.match(f, /^[0-9a-f]{16}:1$/);

  // An edited line is a different finding.
  const edited = {
    ...ARTICLES,
    'articles/bridge.md': ARTICLES['articles/bridge.md']!.replace('harbour bridge,', 'new bridge,'),
  };
  const changed = sarif(sampleFindings(), edited).runs[0]!.results!;
  assert.notEqual(fingerprint(changed[0]!), fingerprint(before[0]!));
  assert.equal(fingerprint(changed[1]!), fingerprint(before[1]!), 'other lines keep theirs');
});

test('sarif: two identical findings on one line are counted, not merged', () => {
  const [f] = sampleFindings();
  const results = sarif([f!, { ...f!, id: 'other' }]).runs[0]!.results!;
  assert.deepEqual(
    results.map((r) => fingerprint(r).split(':')[1] as string),
    ['1', '2'],
  );
  assert.equal(fingerprint(results[0]!).split(':')[0], fingerprint(results[1]!).split(':')[0]);
});

test('sarif: without the article text the fingerprint uses the claim sentence, still position-free', () => {
  const a = sarif(sampleFindings(), {}).runs[0]!.results!;
  assertValid(sarif(sampleFindings(), {}));
  assert.equal(new Set(a.map(fingerprint)).size, a.length);
});

test('sarif: absolute paths inside cwd become relative, others stay absolute file uris, names are encoded', () => {
  const [f] = sampleFindings();
  const inside = { ...f!, claim: { ...f!.claim, file: join(CWD, 'news/my article #1.md') } };
  const outside = { ...f!, claim: { ...f!.claim, file: '/elsewhere/b.md' } };
  const log = sarif([inside, outside]);
  assertValid(log);
  const uris = log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation);
  assert.deepEqual(uris, [
    { uri: 'news/my%20article%20%231.md', uriBaseId: '%SRCROOT%' },
    { uri: 'file:///elsewhere/b.md' },
  ]);
});

test('sarif: never a column 0, even for a position that has one', () => {
  const claim = claimAt('articles/bridge.md', '€5 billion', {
    position: { start: { line: 3, column: 0 }, end: { line: 3, column: 0 } },
  });
  const [f] = sampleFindings();
  const log = sarif([{ ...f!, claim }]);
  assertValid(log);
  const region = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!;
  assert.equal(region.startColumn, 1);
  assert.equal(region.endColumn, 1);
});

test('sarif streamed article by article: a valid log with the results and fingerprints of the whole', () => {
  const findings = sampleFindings();
  const whole = sarif(findings);
  // The same findings as a run meets them: each article as it is checked, the last finding of
  // each file only at the end (as cross-article findings are known only then).
  const reporter = createReporter('sarif', { cwd: CWD });
  const pieces: string[] = [...reporter.start()];
  const late: typeof findings = [];
  const files = [...new Set(findings.map((f) => f.claim.file))];
  for (const file of files) {
    const list = findings.filter((f) => f.claim.file === file);
    late.push(list.pop()!);
    pieces.push(...reporter.article(file, list, ARTICLES[file]));
  }
  pieces.push(...reporter.end(late, (file) => ARTICLES[file]));
  const streamed = JSON.parse(pieces.join('')) as Log;
  assertValid(streamed);
  const key = (r: Result) => `${r.ruleId} ${r.partialFingerprints?.primaryLocationLineHash} ${r.message.text}`;
  assert.deepEqual(streamed.runs[0]!.results!.map(key).sort(), whole.runs[0]!.results!.map(key).sort());
  const rules = streamed.runs[0]!.tool.driver.rules!;
  for (const r of streamed.runs[0]!.results!) assert.equal(rules[r.ruleIndex!]!.id, r.ruleId);
});
