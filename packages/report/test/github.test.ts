import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { ANNOTATION_LIMIT, formatGithub } from '@factledger/report';
import { claimAt, sampleFindings } from './helpers.js';

/** Parses `::kind k=v,k=v::message` back, undoing the runner's escapes. */
function parse(line: string) {
  const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, line);
  const decode = (s: string) =>
    s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props = Object.fromEntries(
    (m[2] as string).split(',').map((kv) => {
      const i = kv.indexOf('=');
      return [kv.slice(0, i), decode(kv.slice(i + 1))];
    }),
  );
  return { kind: m[1], props, message: decode(m[3] as string) };
}

test('github: one workflow command per problem, on its line and columns', () => {
  const findings = sampleFindings();
  const lines = formatGithub(findings, { cwd: '/repo' }).trimEnd().split('\n');
  assert.equal(lines.length, findings.filter((f) => f.verdict !== 'match').length, 'matches are not annotated');
  const first = parse(lines[0] as string);
  const claim = findings[0]!.claim;
  assert.equal(first.kind, 'warning');
  assert.deepEqual(first.props, {
    file: 'articles/bridge.md',
    line: String(claim.position.start.line),
    endLine: String(claim.position.end.line),
    col: String(claim.position.start.column),
    endColumn: String(claim.position.end.column),
    title: 'Figure agrees only roughly with the ledger (fact/rounded)',
  });
  assert.equal(first.message, findings[0]!.message);
  assert.deepEqual(
    lines.map((l) => parse(l).kind),
    ['warning', 'error', 'notice', 'warning', 'error', 'error'],
  );
});

test('github: the message is printable and % is escaped; % CR LF : , are escaped in properties', () => {
  const [f] = sampleFindings();
  const hostile: Finding = {
    ...f!,
    message: '100% sure:\r\nnext, line ::error::fake',
    claim: { ...f!.claim, file: 'news/a:b,c%\r\n.md' },
  };
  const [line] = formatGithub([hostile], { cwd: '/repo' }).trimEnd().split('\n');
  assert.equal(
    line,
    '::warning file=news/a%3Ab%2Cc%25%0D%0A.md,line=3,endLine=3,col=28,endColumn=38,title=Figure agrees only roughly with the ledger (fact/rounded)::100%25 sure:\\u000d\\u000anext, line ::error::fake',
  );
  // The message is shown with its line breaks visible; the file is the path exactly, or it names no file.
  assert.equal(parse(line as string).message, '100% sure:\\u000d\\u000anext, line ::error::fake');
  assert.equal(parse(line as string).props['file'], 'news/a:b,c%\r\n.md');
});

test('github: no columns on an annotation that spans lines', () => {
  const [f] = sampleFindings();
  const claim = claimAt('articles/bridge.md', '€5 billion', {
    position: { start: { line: 3, column: 28 }, end: { line: 4, column: 3 } },
  });
  const { props } = parse(formatGithub([{ ...f!, claim }]).trimEnd());
  assert.equal(props['line'], '3');
  assert.equal(props['endLine'], '4');
  assert.equal(props['col'], undefined);
  assert.equal(props['endColumn'], undefined);
});

test('github: past ten of a kind, the rest are plain lines, and a last line counts them', () => {
  const [rounded] = sampleFindings();
  const conflict = sampleFindings().find((f) => f.verdict === 'conflict')!;
  const many = [
    ...Array.from({ length: 13 }, (_, i) => ({ ...conflict, id: `e${i}`, message: `conflict ${i}` })),
    ...Array.from({ length: 11 }, (_, i) => ({ ...rounded!, id: `w${i}`, message: `rounded ${i}` })),
  ];
  const lines = formatGithub(many, { cwd: '/repo' }).trimEnd().split('\n');
  const commands = lines.filter((l) => l.startsWith('::'));
  assert.equal(commands.filter((l) => l.startsWith('::error ')).length, ANNOTATION_LIMIT);
  assert.equal(commands.filter((l) => l.startsWith('::warning ')).length, ANNOTATION_LIMIT);
  const summary = lines.at(-1);
  assert.match(
    summary!,
    /^factledger: 3 more errors, 1 more warning not annotated \(GitHub shows 10 of each kind per step\)/,
  );
  // Printed as they come, so a run over an archive holds none of them back.
  const rest = lines.filter((l) => !l.startsWith('::') && l !== summary);
  assert.equal(rest.length, 4);
  for (const l of rest)
    assert.match(
      l,
      /^ {2}articles\/(valley|bridge)\.md:\d+:\d+: (error|warning): (conflict|rounded) \d+ \((fact\/conflict|fact\/rounded)\)$/,
    );
});

test('github: nothing to say prints nothing', () => {
  assert.equal(formatGithub([]), '');
  assert.equal(formatGithub(sampleFindings().filter((f) => f.verdict === 'match')), '');
});

test('github: an article that could not be read is an error annotation on its file, and counts toward the ten', () => {
  const out = formatGithub([], { unreadable: { 'articles/latin1.md': 'The article is not UTF-8' } });
  assert.equal(
    out,
    '::error file=articles/latin1.md,title=article not checked::not checked: The article is not UTF-8\n',
  );
  const many = Object.fromEntries(Array.from({ length: ANNOTATION_LIMIT + 2 }, (_, i) => [`a${i}.md`, 'too large']));
  const lines = formatGithub([], { unreadable: many }).trimEnd().split('\n');
  assert.equal(lines.filter((l) => l.startsWith('::error ')).length, ANNOTATION_LIMIT);
  assert.match(lines.find((l) => l.startsWith('factledger: ')) ?? '', /^factledger: 2 more errors not annotated/);
  assert.ok(lines.includes('  a11.md: error: not checked: too large'));
});
