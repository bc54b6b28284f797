import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type ArticleText, type CheckResult, checkArticles, checkStream, type Finding } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LEDGER = 'fixtures/reconcile/ledger.yaml';

/** An invented article on the fixture ledger's ferry town: one conflicting subsidy, one fleet figure that matches. */
const CONFLICT = "Critics put the town's ferry subsidy for 2023 at €300 million.";
const FLEET = 'The ferry authority runs 14 vessels.';

function article(lines: string[], id = 'draft.md'): ArticleText {
  return { id, text: `# Ferry money\n\n${lines.join('\n')}\n`, published: '2023-12-01', outlet: 'Test Wire' };
}

async function check(articles: ArticleText[], reviewed?: { id: string; reason: string }[]): Promise<CheckResult> {
  return checkArticles(articles, LEDGER, { cwd: root, ...(reviewed ? { reviewed } : {}) });
}

const conflicts = (findings: readonly Finding[]) => findings.filter((f) => f.verdict === 'conflict');

test('without a directive the subsidy is a conflict: the cases below start from there', async () => {
  const { findings, stale } = await check([article([CONFLICT])]);
  assert.equal(conflicts(findings).length, 1);
  assert.equal(conflicts(findings)[0]?.suppressions, undefined);
  assert.deepEqual(stale, []);
});

test('a directive inside a code block does nothing', async () => {
  const { findings, stale } = await check([
    article(['```', '<!-- factledger-disable-next-line fact/conflict -->', '```', CONFLICT]),
  ]);
  assert.equal(conflicts(findings)[0]?.suppressions, undefined);
  assert.deepEqual(stale, []);
});

test('a directive naming another rule does nothing, and is reported as stale', async () => {
  const { findings, stale } = await check([article(['<!-- factledger-disable-next-line fact/rounded -->', CONFLICT])]);
  assert.equal(conflicts(findings)[0]?.suppressions, undefined);
  assert.deepEqual(
    stale.map((s) => [s.file, s.position?.start.line, s.message]),
    [['draft.md', 3, 'Unused factledger-disable-next-line directive (no `fact/rounded` finding on line 4)']],
  );
});

test('disable without enable runs to the end of the article', async () => {
  const { findings, stale } = await check([
    article([
      FLEET,
      '',
      '<!-- factledger-disable fact/conflict -- figures quoted from a campaign leaflet -->',
      '',
      CONFLICT,
      '',
      CONFLICT,
    ]),
  ]);
  const silenced = conflicts(findings);
  assert.equal(silenced.length, 2);
  for (const f of silenced) {
    assert.deepEqual(
      f.suppressions?.map((s) => [s.kind, s.justification, s.position?.start.line]),
      [['inSource', 'figures quoted from a campaign leaflet', 5]],
    );
  }
  assert.deepEqual(stale, []);
});

test('an enable ends the block: a conflict after it counts again', async () => {
  const { findings } = await check([
    article(['<!-- factledger-disable -->', CONFLICT, '<!-- factledger-enable -->', '', CONFLICT]),
  ]);
  assert.deepEqual(
    conflicts(findings).map((f) => [f.claim.position.start.line, f.suppressions?.length ?? 0]),
    [
      [4, 1],
      [7, 0],
    ],
  );
});

test('with CRLF line endings and non-ASCII text before it, a directive silences the right line and is placed right', async () => {
  const text = `# Færgen 🚢 — Ærø\r\n\r\nÜber alles, naïvely. ${FLEET}\r\n\r\n<!-- factledger-disable-next-line fact/conflict -->\r\n\r\nÆ 🚢 ${CONFLICT} <!-- factledger-disable-line fact/rounded -->\r\n`;
  const { findings, stale } = await checkArticles([{ id: 'crlf.md', text, published: '2023-12-01' }], LEDGER, {
    cwd: root,
  });
  const [conflict] = conflicts(findings);
  assert.equal(conflict?.suppressions?.length, 1);
  const comment = text.indexOf('<!-- factledger-disable-next-line');
  assert.deepEqual(conflict?.suppressions?.[0]?.position?.start, { line: 5, column: 1, offset: comment });
  // The figure's own line, and the stale line directive at its column in UTF-16 units (the ship is two).
  assert.equal(conflict?.claim.position.start.line, 7);
  const lineStart = text.lastIndexOf('\n', text.indexOf(CONFLICT)) + 1;
  const inline = text.indexOf('<!-- factledger-disable-line');
  assert.deepEqual(
    stale.map((s) => [s.position?.start, s.message]),
    [
      [
        { line: 7, column: inline - lineStart + 1, offset: inline },
        'Unused factledger-disable-line directive (no `fact/rounded` finding on line 7)',
      ],
    ],
  );
});

test('a reviewed id silences its finding with the reason; a reviewed id no finding has is stale', async () => {
  const first = await check([article([CONFLICT])]);
  const id = conflicts(first.findings)[0]?.id as string;
  const { findings, stale } = await check(
    [article([CONFLICT])],
    [
      { id, reason: 'the critic is quoted, not endorsed' },
      { id: '0000000000000000', reason: 'an old review' },
    ],
  );
  assert.deepEqual(conflicts(findings)[0]?.suppressions, [
    { kind: 'external', justification: 'the critic is quoted, not endorsed' },
  ]);
  assert.deepEqual(
    stale.map((s) => [s.file, s.position, s.message.split(' (')[0]]),
    [[null, null, 'Unused reviewed entry `0000000000000000`']],
  );
});

/**
 * Two articles that disagree on a fact the ledger holds no value for: the comparison is reported on
 * the figure of the article given first, so that is where the directive goes.
 */
const FUEL_A = article(
  ['<!-- factledger-disable-next-line cross-article/conflict -->', "The authority's fuel bill was €9 million."],
  'fuel-a.md',
);
const FUEL_B = article(["The authority's fuel bill was €15 million."], 'fuel-b.md');

test('a directive can silence a cross-article finding, in one call and in a stream', async () => {
  const whole = await check([FUEL_A, FUEL_B]);
  const cross = whole.findings.filter((f) => f.rule === 'cross-article');
  assert.ok(cross.length > 0, JSON.stringify(whole.findings.map((f) => f.message)));
  for (const f of cross) assert.equal(f.claim.file === 'fuel-a.md', (f.suppressions?.length ?? 0) > 0, f.message);
  assert.deepEqual(whole.stale, []);

  const events = [];
  for await (const event of checkStream([FUEL_A, FUEL_B], LEDGER, { cwd: root })) events.push(event);
  const last = events.at(-1);
  assert.equal(last?.type, 'cross-article');
  if (last?.type !== 'cross-article') return;
  assert.deepEqual(
    last.findings.map((f) => [f.claim.file, (f.suppressions?.length ?? 0) > 0]),
    cross.map((f) => [f.claim.file, (f.suppressions?.length ?? 0) > 0]),
  );
  assert.deepEqual(last.stale, [], 'the directive was used by the comparison that came at the end');
});
