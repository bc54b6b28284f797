import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { type FailOn, formatHtml } from '@factledger/report';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { ARTICLES, claimAt, sampleFindings } from './helpers.js';

function dom(findings: Finding[], articles: Record<string, string> = ARTICLES, failOn?: FailOn): Root {
  return fromHtml(formatHtml(findings, { articles, ...(failOn ? { failOn } : {}) }));
}

function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => text(c as Nodes)).join('') : '';
}

function all(tree: Root, selector: string): Element[] {
  return selectAll(selector, tree);
}

test('html: one self-contained file under a restrictive Content-Security-Policy', () => {
  const html = formatHtml(sampleFindings(), { articles: ARTICLES });
  assert.ok(html.startsWith('<!doctype html>'));
  const tree = fromHtml(html);
  const csp = select('meta[http-equiv="Content-Security-Policy"]', tree)?.properties['content'];
  assert.equal(typeof csp, 'string');
  assert.match(csp as string, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
  // The hash allows exactly the one style sheet there is.
  const style = all(tree, 'style');
  assert.equal(style.length, 1);
  const hash = createHash('sha256').update(text(style[0]!)).digest('base64');
  assert.ok((csp as string).includes(`'sha256-${hash}'`));
  // Nothing that loads or runs anything.
  assert.deepEqual(all(tree, 'script, img, link, iframe, object, embed, base, form'), []);
  assert.deepEqual(all(tree, '[src], [style], [srcset]'), []);
  for (const a of all(tree, 'a[href]')) {
    assert.match(String(a.properties['href']), /^(#[\w-]+|https?:\/\/)/);
  }
});

test('html: article text holding markup shows as text, nothing of it becomes an element', () => {
  const file = 'articles/<b>hostile</b>.md';
  const source = [
    '<script>alert(1)</script>',
    'A line with <img src=x onerror=alert(1)> and the figure €5 billion in it.',
    '<style>body{display:none}</style></pre><a href="javascript:alert(1)">x</a>',
    '',
  ].join('\n');
  const claim = claimAt(file, '€5 billion', { sentence: source });
  const start = source.indexOf('€5 billion');
  claim.position = {
    start: { line: 2, column: start - source.indexOf('\n'), offset: start },
    end: { line: 2, column: start - source.indexOf('\n') + 10, offset: start + 10 },
  };
  const [base] = sampleFindings();
  const f: Finding = {
    ...base!,
    claim,
    message: 'Unexpected `<script>alert(2)</script>`',
    against: {
      type: 'fact',
      fact: 'x<img src=y onerror=alert(3)>',
      description: '<iframe src="https://example.org"></iframe>',
      value: 1,
      unit: null,
      per: null,
      ledger: { file: null, position: null },
      source: { outlet: '<script>alert(4)</script>', url: 'javascript:alert(5)' },
    },
  };
  const html = formatHtml([f], { articles: { [file]: source } });
  const tree = fromHtml(html);
  assert.deepEqual(all(tree, 'script, img, iframe'), []);
  assert.equal(all(tree, 'style').length, 1, 'only the report’s own style sheet');
  assert.deepEqual(all(tree, 'a[href^="javascript"]'), []);
  assert.equal(text(select('pre', tree)!), source, 'the article shows exactly as written');
  assert.ok(text(tree).includes('<img src=x onerror=alert(1)>'));
  assert.ok(text(tree).includes('javascript:alert(5)'), 'a non-http url is shown, not linked');
  assert.ok(text(select('h2', tree)!).includes('<b>hostile</b>'));
  assert.doesNotMatch(html, /<script|<img|<iframe/i);
});

test('html: figures are highlighted at their UTF-16 offsets and coloured by verdict', () => {
  const file = 'articles/emoji.md';
  const source = '🎉🎉 Fund: €5 billion.\r\nSecond 𝟘 line: 14% more.\n';
  const [rounded] = sampleFindings();
  const conflict = sampleFindings().find((f) => f.verdict === 'conflict')!;
  const at = (text: string) => {
    const start = source.indexOf(text);
    const before = source.slice(0, start);
    const line = before.split(/\r\n|\n/).length;
    const column = start - Math.max(before.lastIndexOf('\n') + 1, 0) + 1;
    return {
      start: { line, column, offset: start },
      end: { line, column: column + text.length, offset: start + text.length },
    };
  };
  const claim = (t: string) => ({ ...rounded!.claim, file, text: t, position: at(t) });
  const tree = dom(
    [
      { ...rounded!, claim: claim('€5 billion') },
      { ...conflict, claim: claim('14%') },
    ],
    { [file]: source },
  );
  const figs = all(tree, 'pre a.fig');
  assert.deepEqual(
    figs.map((a) => [text(a), a.properties['className']]),
    [
      ['€5 billion', ['fig', 'verdict-rounded']],
      ['14%', ['fig', 'verdict-conflict']],
    ],
  );
  // The HTML parser reads CRLF as LF, as a browser does; nothing else of the text changes.
  assert.equal(text(select('pre', tree)!), source.replace(/\r\n/g, '\n'));
});

test('html: a figure with several findings takes the worst colour and its panel holds them all', () => {
  const findings = sampleFindings();
  const tree = dom(findings);
  // €4.2 billion in valley.md is a fact conflict and a cross-article conflict: one figure, one panel.
  const valley = all(tree, 'section.article')[1]!;
  const [fig] = selectAll('pre a.fig', valley);
  assert.equal(text(fig!), '€4.2 billion');
  const target = String(fig!.properties['href']).slice(1);
  const panel = select(`section.panel[id="${target}"]`, valley)!;
  assert.ok(panel);
  const messages = selectAll('.message', panel).map(text);
  assert.deepEqual(
    messages.sort(),
    findings
      .filter((f) => f.claim.file === 'articles/valley.md')
      .map((f) => f.message)
      .sort(),
  );
  // The panel names the fact, the ledger place, the fact's source and the other article.
  const body = text(panel);
  for (const want of [
    'budget-2023',
    'ledgers/city.yaml:7:5',
    'Lake Post',
    'articles/bridge.md:3:28',
    'Valley News'.slice(0, 0),
  ]) {
    assert.ok(body.includes(want), want);
  }
  // The worst verdict among a figure's findings colours it: ‘€4.7 billion’ is only a match.
  const bridge = all(tree, 'section.article')[0]!;
  const classes = selectAll('pre a.fig', bridge).map((a) => [text(a), (a.properties['className'] as string[])[1]]);
  assert.deepEqual(classes, [
    ['€5 billion', 'verdict-rounded'],
    ['14%', 'verdict-conflict'],
    ['€4.7 billion', 'verdict-match'],
    ['1,200', 'verdict-unmatched'],
    ['36 months', 'verdict-ambiguous'],
  ]);
});

test('html: every figure links to a panel that exists, and every finding is listed', () => {
  const findings = sampleFindings();
  const html = formatHtml(findings, { articles: ARTICLES });
  const tree = fromHtml(html);
  const ids = new Set(all(tree, '[id]').map((e) => String(e.properties['id'])));
  for (const a of all(tree, 'a[href^="#"]'))
    assert.ok(ids.has(String(a.properties['href']).slice(1)), String(a.properties['href']));
  assert.equal(all(tree, 'ol.list li').length, findings.length);
  assert.equal(all(tree, 'section.panel .finding').length, findings.length);
});

test('html: positions outside the text, overlapping ones and missing text do not corrupt the article', () => {
  const [f] = sampleFindings();
  const source = ARTICLES['articles/bridge.md']!;
  const outside = {
    ...f!,
    claim: {
      ...f!.claim,
      position: { start: { line: 90, column: 1, offset: 9000 }, end: { line: 90, column: 4, offset: 9003 } },
    },
  };
  const overlapping = {
    ...f!,
    claim: {
      ...f!.claim,
      position: {
        ...f!.claim.position,
        start: {
          ...f!.claim.position.start,
          offset: f!.claim.position.start.offset! - 3,
          column: f!.claim.position.start.column - 3,
        },
      },
    },
  };
  const tree = dom([f!, outside, overlapping]);
  assert.equal(text(select('pre', tree)!), source);
  assert.equal(all(tree, 'pre a.fig').length, 1);
  assert.equal(all(tree, 'ol.list li').length, 3, 'all three are still listed');

  const none = dom(sampleFindings(), {});
  assert.deepEqual(all(none, 'pre'), []);
  assert.equal(all(none, 'p.missing').length, 2);
  assert.equal(all(none, 'ol.list li').length, sampleFindings().length);
});

test('html: positions without offsets are found from line and column', () => {
  const [f] = sampleFindings();
  const { start, end } = f!.claim.position;
  const claim = {
    ...f!.claim,
    position: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
  };
  const tree = dom([{ ...f!, claim }]);
  assert.equal(text(select('pre a.fig', tree)!), '€5 billion');
});

test('html: the header says whether the run fails at the threshold', () => {
  const warnings = sampleFindings().filter((f) => f.severity !== 'error');
  assert.equal(text(select('p.status', dom(warnings))!), 'Passes at fail-on error.');
  assert.equal(
    text(select('p.status', dom(warnings, ARTICLES, 'warning'))!),
    'Fails at fail-on warning: 2 findings at or above warning.',
  );
  assert.deepEqual(all(dom(sampleFindings()), 'ul.counts li').map(text), [
    '3 conflict',
    '1 rounded',
    '1 ambiguous',
    '1 unmatched',
    '1 match',
  ]);
});

test('html: under --fail-on none the header says the run only reports', () => {
  const tree = dom(sampleFindings(), ARTICLES, 'none');
  assert.equal(text(select('p.status', tree)!), 'Report only (--fail-on none).');
  assert.doesNotMatch(text(tree), /Fails at/);
});

test('html: ledger values are written as an article writes them', () => {
  const [rounded] = sampleFindings();
  const a = rounded!.against as Extract<Finding['against'], { type: 'fact' }>;
  const tree = dom([{ ...rounded!, against: { ...a, value: 1.2e8, per: 'year' } }]);
  const rows = all(tree, 'dt').map((dt) => text(dt));
  const values = all(tree, 'dd').map((dd) => text(dd));
  assert.equal(values[rows.indexOf('Ledger value')], '€120 million a year');
});

test('html: filters for matched and unmatched figures, unchecked, and the list items they hide', () => {
  const tree = dom(sampleFindings());
  const boxes = all(tree, 'header input[type=checkbox]');
  assert.deepEqual(
    boxes.map((b) => [b.properties['id'], b.properties['checked'] ?? false]),
    [
      ['show-match', false],
      ['show-unmatched', false],
    ],
  );
  for (const b of boxes) assert.ok(select(`label[for=${b.properties['id']}]`, tree), 'each has its label');
  assert.ok(all(tree, '.list li.verdict-match').length > 0);
  assert.ok(all(tree, '.list li.verdict-unmatched').length > 0);
});

test('html: a suppressed finding is shown greyed with its reason, not counted as a problem', () => {
  const findings = sampleFindings().map((f) =>
    f.rule === 'arithmetic'
      ? { ...f, suppressions: [{ kind: 'external' as const, justification: 'checked by desk' }] }
      : f,
  );
  const tree = dom(findings, ARTICLES, 'error');
  const fig = all(tree, 'pre a.fig').find((a) => text(a) === '14%')!;
  assert.deepEqual(fig.properties['className'], ['fig', 'verdict-conflict', 'suppressed']);
  const panel = select(`[id="${String(fig.properties['href']).slice(1)}"]`, tree)!;
  assert.equal(text(select('.finding.suppressed .why', panel)!), 'Suppressed: checked by desk');
  assert.match(text(select('.list li.suppressed', tree)!), /\(suppressed: checked by desk\)$/);
  assert.deepEqual(all(tree, 'ul.counts li').map(text), [
    '2 conflict',
    '1 rounded',
    '1 ambiguous',
    '1 unmatched',
    '1 match',
    '1 suppressed',
  ]);
  assert.equal(text(select('p.status', tree)!), 'Fails at fail-on error: 2 findings at or above error.');
});

test('html: an article with no findings is shown, without highlights', () => {
  const tree = dom([], { 'articles/clean.md': 'Nothing <i>here</i>.' });
  assert.equal(text(select('pre', tree)!), 'Nothing <i>here</i>.');
  assert.deepEqual(all(tree, 'i, a.fig'), []);
});
