import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingMessage, ruleId } from '@factledger/report';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { LEDGER_FILE, sampleFindings } from './helpers.js';

const messagesOf = (cwd = '/repo') => {
  const file = new VFile({ path: 'articles/valley.md', cwd });
  const findings = sampleFindings();
  return { file, findings, messages: findings.map((f) => findingMessage(file, f)) };
};

test('each finding is a message on its file, at its figure, with the rule id the CLI prints', () => {
  const { file, findings, messages } = messagesOf();
  assert.equal(file.messages.length, findings.length);
  findings.forEach((finding, k) => {
    const message = messages[k] as VFileMessage;
    assert.equal(message.ruleId, ruleId(finding));
    assert.equal(message.source, 'factledger');
    assert.deepEqual(message.place, finding.claim.position);
    assert.equal(message.actual, finding.claim.text);
    assert.equal(message.fatal, { error: true, warning: false, info: undefined }[finding.severity]);
    assert.ok(message.url?.endsWith(`#${finding.verdict}`));
  });
});

test('a ledger fact as the cause names the ledger file and line, and has no place in the article', () => {
  const { findings, messages } = messagesOf();
  const k = findings.findIndex((f) => f.verdict === 'conflict' && f.against?.type === 'fact');
  const cause = messages[k]?.cause;
  assert.ok(cause instanceof VFileMessage);
  assert.equal(
    cause.reason,
    `Ledger fact \`budget-2023\` (${LEDGER_FILE}:7:5): Harbour bridge budget approved in 2023`,
  );
  assert.equal(cause.place, undefined);
  // What remark-cli prints: the cause's line has no line:column of its own.
  const printed = reporter([messagesOf().file], { color: false });
  const causeLine = printed.split('\n').find((l) => l.includes('Ledger fact'));
  assert.match(causeLine ?? '', /^\s+info\s+Ledger fact/, printed);
});

test('an absolute ledger path is named relative to the working folder', () => {
  const file = new VFile({ path: 'articles/valley.md', cwd: '/work/site' });
  const finding = sampleFindings().find((f) => f.verdict === 'conflict' && f.against?.type === 'fact');
  assert.ok(finding && finding.against?.type === 'fact');
  finding.against.ledger.file = '/work/site/ledgers/city.yaml';
  assert.match(String(findingMessage(file, finding).cause), /\(ledgers\/city\.yaml:7:5\)/);
});

test('text from outside is printable: an escape sequence in a description reaches no terminal', () => {
  const file = new VFile({ path: 'articles/valley.md', cwd: '/repo' });
  const finding = sampleFindings().find((f) => f.verdict === 'conflict' && f.against?.type === 'fact');
  assert.ok(finding && finding.against?.type === 'fact');
  finding.against.description = 'Budget \u001b[2Jcleared';
  finding.message = `${finding.message} \u001b]8;;x\u0007`;
  findingMessage(file, finding);
  const printed = reporter([file], { color: false });
  assert.ok(!printed.includes('\u001b'), printed);
  assert.match(printed, /Budget \\u001b\[2Jcleared/);
});

test('what a figure was compared with is written as an article writes it', () => {
  const { findings, messages } = messagesOf();
  const expected = (rule: string, verdict: string) =>
    messages[findings.findIndex((f) => f.rule === rule && f.verdict === verdict)]?.expected;
  assert.deepEqual(expected('fact', 'conflict'), ['€4.7 billion']);
  assert.deepEqual(expected('arithmetic', 'conflict'), ['17.5%']);
  assert.deepEqual(expected('cross-article', 'conflict'), ['€5 billion']);
});
