import { formatPosition, LineIndex, type Position } from '@factledger/core';
import { type Finding, type FindingClaim, formatValue, isSuppressed, type Verdict } from '@factledger/reconcile';
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { type Child, h } from 'hastscript';
import { CSS, styleHash } from './html-style.js';
import { type FailOn, fails, type ReportOptions, resolveOptions, SHOWABLE } from './options.js';
import { byFile } from './order.js';
import type { Reporter } from './reporter.js';
import { describeRule, ruleId } from './rules.js';

const VERDICTS: Verdict[] = ['conflict', 'rounded', 'ambiguous', 'unmatched', 'match'];

/** Which verdict colours a figure that has several findings: the worst one. */
const RANK: Record<Verdict, number> = { conflict: 0, rounded: 1, ambiguous: 2, unmatched: 3, match: 4 };

/** One highlighted figure: a claim and every finding about it. */
interface Figure {
  key: string;
  claim: FindingClaim;
  findings: Finding[];
  verdict: Verdict;
  /** Every finding about it is suppressed: shown greyed, not as a live problem. */
  suppressed: boolean;
}

/**
 * One self-contained HTML file: every article with its figures highlighted by verdict; a click on a
 * figure opens its finding (the fact, both sources, the explanation) through `:target`, so it works
 * with scripts off and under `default-src 'none'`. Built as a hast tree, so article text, messages
 * and file names are always encoded, never pasted into markup.
 */
export function formatHtml(findings: readonly Finding[], options?: ReportOptions): string {
  const { articles, failOn } = resolveOptions(options);
  const groups = byFile(findings, Object.keys(articles));
  const sections: ElementContent[] = [];
  let index = 0;
  for (const [file, list] of groups) sections.push(article(file, articles[file], list, index++));

  const live = findings.filter((f) => !isSuppressed(f));
  const failing = live.filter((f) => fails(f.severity, failOn)).length;
  const silenced = findings.length - live.length;
  const csp = `default-src 'none'; style-src ${styleHash(CSS)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', 'factledger report'),
          h('style', CSS),
        ]),
        h('body', [
          h('header', [
            h('h1', 'factledger report'),
            h('ul.counts', [
              ...VERDICTS.map((v) => [v, live.filter((f) => f.verdict === v).length] as const).map(([v, n]) =>
                h('li', h(`span.chip.verdict-${v}`, `${n} ${v}`)),
              ),
              ...(silenced ? [h('li', h('span.chip.suppressed', `${silenced} suppressed`))] : []),
            ]),
            status(failOn, failing),
            filters(),
          ]),
          h('main', sections),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

function status(failOn: FailOn, failing: number): ElementContent {
  if (failOn === 'none') return h('p.status.report', 'Report only (--fail-on none).');
  return failing
    ? h(
        'p.status.fail',
        `Fails at fail-on ${failOn}: ${failing} finding${failing === 1 ? '' : 's'} at or above ${failOn}.`,
      )
    : h('p.status.pass', `Passes at fail-on ${failOn}.`);
}

const FILTER_LABELS: Record<(typeof SHOWABLE)[number], string> = {
  match: 'Show matched figures',
  unmatched: 'Show unmatched figures',
};

/**
 * Checkboxes that show or hide the figures that only inform, as the text report's `--show` does:
 * the style sheet reads their state through `:has(… :checked)`, so they work with no script. They
 * start unchecked, so the page opens on the problems.
 */
function filters(): ElementContent {
  return h(
    'p.filters',
    SHOWABLE.flatMap((v) => [
      h('input', { type: 'checkbox', id: `show-${v}` }),
      ' ',
      h('label', { htmlFor: `show-${v}` }, FILTER_LABELS[v]),
      ' ',
    ]),
  );
}

/**
 * The page for a streamed run: a page shows every article at once, so it keeps each article's text
 * and findings until the end (the formats meant for archives — JSON, JSON Lines, SARIF, text — do not).
 */
export function htmlReporter(options?: ReportOptions): Reporter {
  resolveOptions(options);
  const findings: Finding[] = [];
  const articles: Record<string, string> = Object.create(null);
  const unreadable: Record<string, string> = Object.create(null);
  return {
    needsSource: true,
    start: () => [],
    article(file, list, source) {
      for (const f of list) findings.push(f);
      if (source !== undefined) articles[file] = source;
      return [];
    },
    unread(file, reason) {
      unreadable[file] = reason;
      return [];
    },
    end(late) {
      for (const f of late) findings.push(f);
      return [formatHtml(findings, { ...options, articles, unreadable })];
    },
  };
}

function article(file: string, source: string | undefined, findings: Finding[], index: number): ElementContent {
  const figures = figuresOf(findings, index);
  const id = (f: Figure) => f.key;
  const body =
    source === undefined
      ? h('p.missing', 'Source text not given: the findings are listed below.')
      : h('pre.source', highlight(source, figures));
  return h(`section.article#a${index}`, [
    h('h2', file),
    h('div.cols', [
      body,
      h('aside.panels', [
        ...figures.map((f) => panel(f)),
        h('p.hint', figures.length ? 'Click a highlighted figure to see its finding.' : 'No findings in this article.'),
      ]),
    ]),
    figures.length
      ? h('details', [
          h('summary', `All ${findings.length} finding${findings.length === 1 ? '' : 's'}`),
          h(
            'ol.list',
            figures.flatMap((f) =>
              f.findings.map((x) =>
                h(`li.verdict-${x.verdict}${isSuppressed(x) ? '.suppressed' : ''}`, [
                  h('a', { href: `#${id(f)}` }, `${formatPosition(x.claim.position)} ${x.verdict}`),
                  ` ${x.message}`,
                  ...(isSuppressed(x) ? [' ', h('span.why', `(suppressed: ${reasons(x)})`)] : []),
                ]),
              ),
            ),
          ),
        ])
      : h('p.missing', 'No findings.'),
  ]);
}

function figuresOf(findings: Finding[], index: number): Figure[] {
  const byClaim = new Map<string, Figure>();
  for (const f of findings) {
    const { start, end } = f.claim.position;
    const where = `${start.line}:${start.column}-${end.line}:${end.column}`;
    let figure = byClaim.get(where);
    if (!figure) {
      figure = {
        key: `f${index}-${byClaim.size + 1}`,
        claim: f.claim,
        findings: [],
        verdict: f.verdict,
        suppressed: true,
      };
      byClaim.set(where, figure);
    }
    figure.findings.push(f);
  }
  // A figure is coloured by its worst live finding; one whose findings are all suppressed, by its worst.
  for (const figure of byClaim.values()) {
    const live = figure.findings.filter((f) => !isSuppressed(f));
    figure.suppressed = live.length === 0;
    const ranked = live.length ? live : figure.findings;
    figure.verdict = ranked.reduce<Verdict>((v, f) => (RANK[f.verdict] < RANK[v] ? f.verdict : v), 'match');
  }
  return [...byClaim.values()];
}

/**
 * The article text with each figure wrapped in a link to its panel. Positions are UTF-16 offsets
 * into the text as on disk (what JavaScript strings index), taken from `offset` or else from line and
 * column; a figure outside the text, or overlapping one already placed, stays unhighlighted (it is
 * still in the list) rather than corrupting the text around it.
 */
function highlight(source: string, figures: Figure[]): ElementContent[] {
  const lines = new LineIndex(source);
  const spans = figures
    .map((f) => ({ f, range: range(f.claim.position, lines, source.length) }))
    .filter((s): s is { f: Figure; range: [number, number] } => s.range !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: ElementContent[] = [];
  let at = 0;
  for (const {
    f,
    range: [start, end],
  } of spans) {
    if (start < at) continue;
    if (start > at) out.push({ type: 'text', value: source.slice(at, start) });
    out.push(
      h(
        `a.fig.verdict-${f.verdict}${f.suppressed ? '.suppressed' : ''}`,
        // The tooltip names the verdict only: article text stays out of attributes, even encoded.
        { href: `#${f.key}`, id: `m${f.key.slice(1)}`, title: f.verdict },
        source.slice(start, end),
      ),
    );
    at = end;
  }
  if (at < source.length) out.push({ type: 'text', value: source.slice(at) });
  return out;
}

function range(position: Position, lines: LineIndex, length: number): [number, number] | undefined {
  const start = position.start.offset ?? lines.offset(position.start.line, position.start.column);
  const end = position.end.offset ?? lines.offset(position.end.line, position.end.column) ?? undefined;
  if (start === undefined || end === undefined || start < 0 || end > length || end <= start) return undefined;
  return [start, end];
}

function panel(figure: Figure): ElementContent {
  const { claim } = figure;
  return h(`section.panel#${figure.key}`, [
    h('h3', [quote(claim), ' ', h('span.rule', at(claim.file, claim.position))]),
    ...figure.findings
      .slice()
      .sort((a, b) => RANK[a.verdict] - RANK[b.verdict])
      .map((f) =>
        h(`div.finding${isSuppressed(f) ? '.suppressed' : ''}`, [
          h('p.head', [
            h(`span.chip.verdict-${f.verdict}`, f.verdict),
            h('span.rule', `${ruleId(f)} · ${describeRule(f.rule, f.verdict).short}`),
          ]),
          ...(isSuppressed(f) ? [h('p.why', `Suppressed: ${reasons(f)}`)] : []),
          h('p.message', f.message),
          h('dl', details(f)),
        ]),
      ),
  ]);
}

function details(f: Finding): ElementContent[] {
  const rows: [string, Child][] = [];
  rows.push(['Article', at(f.claim.file, f.claim.position)]);
  const a = f.against;
  if (a?.type === 'fact') {
    rows.push(['Fact', [h('code', a.fact), ` ${a.description}`]]);
    if (a.value !== null) rows.push(['Ledger value', formatValue(a.value, a.unit, a.per)]);
    if (a.converted) rows.push(['In the claim’s unit', formatValue(a.converted.value, a.converted.unit)]);
    if (a.ledger.file) rows.push(['Ledger', a.ledger.position ? at(a.ledger.file, a.ledger.position) : a.ledger.file]);
    if (a.source) rows.push(['Fact source', source(a.source.outlet, a.source.url, a.source.published)]);
  } else if (a?.type === 'claim') {
    rows.push(['Other article', [quote(a.claim), ` ${at(a.claim.file, a.claim.position)}`]]);
    rows.push(['Other source', source(a.source.outlet ?? a.source.file, undefined, a.source.published)]);
  } else if (a?.type === 'rate') {
    rows.push(['Converted figure', [quote(a.claim), ` ${at(a.claim.file, a.claim.position)}`]]);
    rows.push([
      'At the ledger rate',
      `${formatValue(a.converted, a.unit)} (${a.rate.rate} ${a.rate.currency}/${a.rate.per}, ${a.rate.when})`,
    ]);
  } else if (a?.type === 'arithmetic') {
    rows.push(['From', [quote(a.from), ` ${at(a.from.file, a.from.position)}`]]);
    rows.push(['To', [quote(a.to), ` ${at(a.to.file, a.to.position)}`]]);
    rows.push(['Implied change', formatValue(a.implied, a.unit)]);
  }
  if (f.gap !== undefined) rows.push(['Gap', `${Number((f.gap * 100).toPrecision(3))}%`]);
  if (f.candidates?.length) rows.push(['Candidates', f.candidates.join(', ')]);
  if (f.why) {
    const why = [...f.why.terms, ...f.why.entities, ...(f.why.period ? [f.why.period] : [])];
    if (why.length) rows.push(['Matched on', why.join(', ')]);
  }
  return rows.flatMap(([k, v]) => [h('dt', k), h('dd', v)]);
}

/** Why a finding is silenced: each directive's or reviewed entry's reason, or where it came from. */
function reasons(f: Finding): string {
  return (f.suppressions ?? [])
    .map((s) => s.justification ?? (s.kind === 'inSource' ? 'a directive in the article' : 'the reviewed list'))
    .join('; ');
}

function quote(claim: FindingClaim): string {
  return `“${claim.hedgeText ? `${claim.hedgeText} ` : ''}${claim.text}”`;
}

function at(file: string, position: Position): string {
  return `${file}:${position.start.line}:${position.start.column}`;
}

/** A source's outlet, date and link; only http(s) urls become links, so a ledger cannot plant `javascript:`. */
function source(outlet: string, url: string | undefined, published: string | undefined): ElementContent[] {
  const out: ElementContent[] = [{ type: 'text', value: published ? `${outlet}, ${published}` : outlet }];
  if (url) {
    out.push({ type: 'text', value: ' · ' });
    out.push(
      /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer' }, url) : { type: 'text', value: url },
    );
  }
  return out;
}
