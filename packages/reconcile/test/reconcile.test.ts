import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '@factledger/core';
import { type Finding, reconcile } from '@factledger/reconcile';
import { claim, ledger, utility } from './helpers.js';

const money = (value: number, step: number, hedge: Claim['hedge'], text: string, over: Partial<Claim> = {}) =>
  claim({
    kind: 'money',
    value,
    unit: 'EUR',
    hedge,
    precision: { step },
    text,
    sentence: `Lakeview set its water budget at ${text} for the year.`,
    period: '2023',
    ...over,
  });

function only(findings: Finding[], rule: Finding['rule'] = 'fact'): Finding {
  const mine = findings.filter((f) => f.rule === rule);
  assert.equal(mine.length, 1, JSON.stringify(mine.map((f) => f.message)));
  return mine[0] as Finding;
}

test('public API: reconcile, the Reconciler it is built on, and suppressions', async () => {
  assert.deepEqual(Object.keys(await import('@factledger/reconcile')).sort(), [
    'Reconciler',
    'SuppressionRun',
    'formatValue',
    'isSuppressed',
    'reconcile',
    'suppressFindings',
  ]);
});

test('the ends of a range, hedged at-least and up-to by extraction, are bounded by the range', () => {
  const end = (value: number, hedge: Claim['hedge'], low: number, high: number, text: string) =>
    money(value, 1e8, hedge, text, { range: { low, high } });
  const cases: [Claim, Finding['verdict']][] = [
    // The record (€4.7 billion) lies above a range that ends at €4 billion: the low end's at-least does not reach it.
    [end(3e9, 'at-least', 3e9, 4e9, '€3.0 billion'), 'conflict'],
    // … and below one that starts at €5 billion: the high end's up-to does not reach down to it.
    [end(6e9, 'up-to', 5e9, 6e9, '€6.0 billion'), 'conflict'],
    [end(4e9, 'at-least', 4e9, 5e9, '€4.0 billion'), 'match'],
    [end(5e9, 'up-to', 4e9, 5e9, '€5.0 billion'), 'match'],
  ];
  for (const [c, verdict] of cases) {
    const f = only(reconcile([c], utility));
    assert.equal(f.verdict, verdict, `${c.hedge} ${c.text}: ${f.message}`);
  }
  // A range that holds the record only as a rounding says so, naming no hedge the text never wrote.
  const rounded = only(
    reconcile([money(4e9, 5e8, 'at-least', '€4.0–4.5 billion', { range: { low: 4e9, high: 4.5e9 } })], utility),
  );
  assert.equal(rounded.verdict, 'rounded', rounded.message);
  assert.match(rounded.message, /as a rounding/);
});

test('hedges and precision: match, rounded, conflict', () => {
  const cases: [Claim, Finding['verdict']][] = [
    [money(4.7e9, 1e8, 'none', '€4.7 billion'), 'match'],
    [money(4.8e9, 1e8, 'none', '€4.8 billion'), 'conflict'],
    [money(5e9, 1e9, 'none', '€5 billion'), 'rounded'],
    [money(5e9, 1e9, 'about', '€5 billion', { hedgeText: 'about' }), 'rounded'],
    [money(5e9, 1e9, 'nearly', '€5 billion', { hedgeText: 'nearly' }), 'rounded'],
    [money(4.5e9, 1e8, 'nearly', '€4.5 billion', { hedgeText: 'nearly' }), 'conflict'],
    [money(5e9, 1e9, 'up-to', '€5 billion'), 'match'],
    [money(4e9, 1e9, 'more-than', '€4 billion'), 'match'],
    [money(5e9, 1e9, 'more-than', '€5 billion'), 'rounded'],
    [money(6e9, 1e9, 'more-than', '€6 billion'), 'conflict'],
    [money(4.7e9, 1e8, 'at-least', '€4.7 billion'), 'match'],
    // A bound that restates the record's own figure is a match (see readingOf).
    [money(4.7e9, 1e8, 'less-than', '€4.7 billion'), 'match'],
    [money(4e9, 1e8, 'less-than', '€4.0 billion'), 'conflict'],
    [money(6e9, 1e9, 'about', '€6 billion'), 'conflict'],
  ];
  for (const [c, verdict] of cases) {
    const f = only(reconcile([c], utility));
    assert.equal(f.verdict, verdict, `${c.hedge} ${c.text}: ${f.message}`);
    assert.equal(f.fact, 'budget-2023');
  }
});

test('nearly means below: a fact above the figure is a conflict even within rounding', () => {
  const l = utility;
  const c = money(4.6e9, 1e8, 'nearly', '€4.6 billion', { hedgeText: 'nearly' });
  assert.equal(only(reconcile([c], l)).verdict, 'conflict');
});

test('the message says what the figure is and what it disagrees with, not where the figure is', () => {
  const c = money(5e9, 1e9, 'about', '€5 billion', { hedgeText: 'about' });
  const f = only(reconcile([c], utility, { articles: { 'a.md': { outlet: 'Valley News' } } }));
  assert.match(
    f.message,
    /^"about €5 billion" fits €4\.7 billion a year \(budget-2023\) only through "about": gap 6\.4%/,
  );
  // The row it is printed in names the article and the place; the message does not repeat them.
  assert.doesNotMatch(f.message, /Valley News|a\.md|1:\d+/);
  assert.equal(f.severity, 'warning');
  assert.equal(f.gap, 0.06383);
  assert.equal(
    f.against?.type === 'fact' && f.against.source?.outlet,
    'Lake Post',
    'the fact source is in the finding',
  );
});

test('the claim period picks the fact of its year, and says why', () => {
  const f = only(reconcile([money(4e9, 1e8, 'none', '€4.0 billion', { period: '2022' })], utility));
  assert.equal(f.fact, 'budget-2022');
  assert.equal(f.verdict, 'match');
  assert.deepEqual(f.why, { terms: ['water budget'], entities: ['city'], period: '2022 within 2022' });
});

test('with no period, the value settles a tie; a figure that fits neither is ambiguous', () => {
  const fits = only(reconcile([money(4e9, 1e8, 'none', '€4.0 billion', { period: null })], utility));
  assert.equal(fits.fact, 'budget-2022');
  assert.equal(fits.why?.decidedBy, 'value');
  const neither = only(reconcile([money(9e9, 1e9, 'none', '€9 billion', { period: null })], utility));
  assert.equal(neither.verdict, 'ambiguous');
  assert.deepEqual(neither.candidates?.sort(), ['budget-2022', 'budget-2023']);
  assert.equal(neither.fact, null);
});

test('a claim the ledger does not name is unmatched', () => {
  const c = claim({
    kind: 'money',
    value: 3e6,
    unit: 'EUR',
    sentence: 'A bakery sold €3 million of bread.',
    text: '€3 million',
  });
  const f = only(reconcile([c], utility));
  assert.equal(f.verdict, 'unmatched');
  assert.equal(f.severity, 'info');
});

test('money in another currency is converted at the ledger rate of its time', () => {
  const sek = money(5.2e10, 1e9, 'about', 'SEK 52 billion', { unit: 'SEK', hedgeText: 'about' });
  const f = only(reconcile([sek], utility));
  assert.equal(f.fact, 'budget-2023');
  assert.equal(f.verdict, 'match'); // 4.7e9 × 11 = 51.7e9, within the 2% rate tolerance
  assert.equal(f.against?.type === 'fact' && f.against.converted?.rate?.rate, 11);
  const wrong = money(6e10, 1e9, 'none', 'SEK 60 billion', { unit: 'SEK' });
  assert.equal(only(reconcile([wrong], utility)).verdict, 'conflict');
});

test('percent more and multipliers are the same ratio', () => {
  const percent = (value: number, hedge: Claim['hedge']) =>
    claim({
      kind: 'percent',
      value,
      unit: '%',
      hedge,
      change: { direction: 'increase' },
      text: `${value}%`,
      sentence: `The network grew ${value}% over the decade.`,
    });
  assert.equal(only(reconcile([percent(400, 'none')], utility)).verdict, 'match');
  assert.equal(only(reconcile([percent(380, 'up-to')], utility)).verdict, 'rounded');
  assert.equal(only(reconcile([percent(200, 'up-to')], utility)).verdict, 'conflict');
  const fold = claim({ kind: 'multiplier', value: 5, unit: 'x', text: 'five-fold', sentence: 'A five-fold network.' });
  assert.equal(only(reconcile([fold], utility)).verdict, 'match');
});

test('more than: a match for a larger fact and for the bound restated, a rounding just past it, a conflict beyond', () => {
  const more = (value: number) =>
    claim({
      kind: 'count',
      value,
      unit: 'stations',
      hedge: 'more-than',
      text: `${value}`,
      sentence: `more than ${value} pumping stations`,
    });
  assert.equal(only(reconcile([more(10)], utility)).verdict, 'match');
  // "more than 11" for a record of 11 restates the record's own figure.
  assert.equal(only(reconcile([more(11)], utility)).verdict, 'match');
  assert.equal(only(reconcile([more(12)], utility)).verdict, 'rounded');
  assert.equal(only(reconcile([more(13)], utility)).verdict, 'conflict');
});

test('dates: the exact day matches; a coarser date that holds it is a rounding; another is a conflict', () => {
  const date = (value: string, unit: 'year' | 'month' | 'day') =>
    claim({ kind: 'date', value, precision: { unit }, text: value, sentence: `The plant opened in ${value}.` });
  const verdict = (value: string, unit: 'year' | 'month' | 'day', l = utility) =>
    only(reconcile([date(value, unit)], l)).verdict;
  assert.equal(verdict('2023-06-14', 'day'), 'match');
  assert.equal(verdict('2023', 'year'), 'rounded');
  assert.equal(verdict('2023-06', 'month'), 'rounded');
  assert.equal(verdict('2023-07', 'month'), 'conflict');
  assert.equal(verdict('2023-06-15', 'day'), 'conflict');
  // A fact known only to the month (its period): any day of it, or the month, matches.
  const monthOnly = ledger(`
facts:
  - id: opened
    description: The new plant opened
    kind: date
    value: { date: 2023-06-01 }
    period: 2023-06
    match: { terms: [plant opened] }
`);
  assert.equal(verdict('2023-06-20', 'day', monthOnly), 'match');
  assert.equal(verdict('2023-06', 'month', monthOnly), 'match');
  assert.equal(verdict('2023', 'year', monthOnly), 'rounded');
});

/** `SEK 11 billion (€…)`: a krona figure and its parenthetical euro conversion, in one sentence. */
function conversionPair(sentence: string, sekText: string, sekStep: number) {
  const sek = claim({
    id: 'c1',
    kind: 'money',
    value: 11e9,
    unit: 'SEK',
    precision: { step: sekStep },
    text: sekText,
    sentence,
    period: '2023',
  });
  const eur = (value: number, step: number, text: string) =>
    claim({
      id: 'c2',
      kind: 'money',
      value,
      unit: 'EUR',
      precision: { step },
      text,
      sentence,
      conversionOf: 'c1',
      period: '2023',
    });
  return { sek, eur };
}

test('a parenthetical conversion is checked against the rate', () => {
  const { sek, eur } = conversionPair('The city paid SEK 11 billion (€1.0 billion) for pipes.', 'SEK 11 billion', 1e9);
  assert.equal(only(reconcile([sek, eur(1e9, 1e8, '€1.0 billion')], utility), 'conversion').verdict, 'match');
  const bad = only(reconcile([sek, eur(1.4e9, 1e8, '€1.4 billion')], utility), 'conversion');
  assert.equal(bad.verdict, 'conflict');
  assert.equal(
    bad.message,
    `"€1.4 billion" does not follow from "SEK 11 billion" at the ledger's 11 SEK/EUR for 2023, which is €1 billion: gap ${Number(((bad.gap ?? 0) * 100).toPrecision(2))}%`,
  );
});

/** The utility's 2023 budget with one SEK/EUR rate, carrying `tolerance` when given. */
const budgetAtRate = (tolerance?: string) =>
  ledger(`
entities:
  - { id: city, name: Lakeview }
rates:
  - { currency: SEK, per: EUR, rate: 11, period: '2023'${tolerance ? `, tolerance: ${tolerance}` : ''} }
facts:
  - id: budget-2023
    description: Water budget for 2023
    kind: money
    value: { amount: 4.7e+9, currency: EUR, per: year }
    period: '2023'
    match: { entities: [city], terms: [water budget], period: '2023' }
`);

test("a parenthetical conversion is judged within the rate's own tolerance, the option's otherwise", () => {
  const { sek, eur } = conversionPair('The city paid SEK 11.0 billion (€x) for pipes.', 'SEK 11.0 billion', 1e8);
  const judged = (value: number, step: number, tolerance?: string, options = {}) => {
    const f = only(reconcile([sek, eur(value, step, '€x')], budgetAtRate(tolerance), options), 'conversion');
    return [f.verdict, f.against?.type === 'rate' ? f.against.rate.tolerance : null];
  };
  // SEK 11.0 billion is €1.0 billion at 11: €1.2 billion is 20% off, beyond the default 2%...
  assert.deepEqual(judged(1.2e9, 1e8), ['conflict', 0.02]);
  // ...but inside a rate the ledger says may be 25% off on the day.
  assert.deepEqual(judged(1.2e9, 1e8, '{ relative: 0.25 }'), ['match', 0.25]);
  // The reverse: €1.02 billion is within the default 2%, not within 0.011 SEK on 11 (0.1%).
  assert.deepEqual(judged(1.02e9, 1e7), ['match', 0.02]);
  assert.deepEqual(judged(1.02e9, 1e7, '{ absolute: 0.011 }'), ['conflict', 0.001]);
  // The rate's tolerance wins over the option; the option still serves rates without one.
  assert.deepEqual(judged(1.02e9, 1e7, '{ absolute: 0.011 }', { rateTolerance: 0.05 }), ['conflict', 0.001]);
  assert.deepEqual(judged(1.2e9, 1e8, undefined, { rateTolerance: 0.25 }), ['match', 0.25]);
});

test("a figure in another currency is judged against its fact within the rate's own tolerance", () => {
  // 4.7e9 EUR at 11 SEK/EUR is SEK 51.7 billion; SEK 56 billion is 8% above it.
  const sek = money(5.6e10, 1e9, 'none', 'SEK 56 billion', { unit: 'SEK' });
  const judged = (tolerance?: string) => {
    const f = only(reconcile([sek], budgetAtRate(tolerance)));
    return [f.verdict, f.against?.type === 'fact' ? f.against.converted?.rate?.tolerance : null];
  };
  assert.deepEqual(judged(), ['conflict', 0.02]);
  assert.deepEqual(judged('{ relative: 0.1 }'), ['match', 0.1]);
  // Where the ledger holds the value, each article is judged against it alone: the euro article
  // that agrees is not red because the krona one is off.
  const eurClaim = money(4.7e9, 1e8, 'none', '€4.7 billion', { document: 'b.md' });
  const both = reconcile([sek, eurClaim], budgetAtRate());
  assert.deepEqual(
    both.map((f) => [f.rule, f.claim.document, f.verdict]),
    [
      ['fact', 'a.md', 'conflict'],
      ['fact', 'b.md', 'match'],
    ],
  );
});

test('a valueless fact: articles are compared with each other, through the rate, only on confident ties', () => {
  const disputed = (tolerance?: string) =>
    ledger(`
entities:
  - { id: city, name: Lakeview }
rates:
  - { currency: SEK, per: EUR, rate: 11, period: '2023'${tolerance ? `, tolerance: ${tolerance}` : ''} }
facts:
  - id: budget-2023
    description: Water budget for 2023, disputed
    kind: money
    period: '2023'
    match: { entities: [city], terms: [water budget], period: '2023' }
`);
  const sek = money(5.6e10, 1e9, 'none', 'SEK 56 billion', { unit: 'SEK' });
  const eur = money(4.7e9, 1e8, 'none', '€4.7 billion', { document: 'b.md' });
  const cross = (tolerance?: string) => only(reconcile([sek, eur], disputed(tolerance)), 'cross-article').verdict;
  assert.equal(cross(), 'conflict');
  assert.equal(cross('{ relative: 0.1 }'), 'match');
  // A figure tied to the fact only through a time that disagrees is no evidence against the others.
  const elsewhere = money(9e9, 1e8, 'none', '€9 billion', { document: 'c.md', period: '2019' });
  const findings = reconcile([eur, elsewhere], disputed());
  assert.equal(findings.filter((f) => f.rule === 'cross-article').length, 0);
});

test('a stated change is checked against the pair it comes from', () => {
  const sentence = 'Spending went from €40 million to €50 million, a 40% rise.';
  const change = { direction: 'increase' as const, from: 40e6, to: 50e6 };
  const from = claim({
    id: 'c1',
    kind: 'money',
    value: 40e6,
    unit: 'EUR',
    precision: { step: 1e6 },
    text: '€40 million',
    sentence,
    change,
  });
  const to = claim({
    id: 'c2',
    kind: 'money',
    value: 50e6,
    unit: 'EUR',
    precision: { step: 1e6 },
    text: '€50 million',
    sentence,
    change,
  });
  const pct = (value: number) =>
    claim({
      id: 'c3',
      kind: 'percent',
      value,
      unit: '%',
      text: `${value}%`,
      sentence,
      change: { direction: 'increase' },
    });
  assert.equal(only(reconcile([from, to, pct(40)], utility), 'arithmetic').verdict, 'conflict');
  assert.equal(only(reconcile([from, to, pct(25)], utility), 'arithmetic').verdict, 'match');
});

test('a valueless fact: each claim is judged once, against the most precise claim of another article', () => {
  const bill = (document: string, value: number, step: number, hedge: Claim['hedge']) =>
    claim({
      kind: 'money',
      value,
      unit: 'EUR',
      hedge,
      precision: { step },
      document,
      text: 'x',
      sentence: 'The repair bill came to x.',
    });
  const findings = reconcile(
    [bill('a.md', 2.3e6, 1e5, 'none'), bill('b.md', 2e6, 1e6, 'about'), bill('c.md', 4e6, 1e6, 'none')],
    utility,
  );
  const cross = findings.filter((f) => f.rule === 'cross-article');
  assert.deepEqual(
    cross.map((f) => [f.claim.file, f.against?.type === 'claim' ? f.against.claim.file : '', f.verdict]).sort(),
    [
      ['b.md', 'a.md', 'rounded'],
      ['c.md', 'a.md', 'conflict'],
    ],
  );
  assert.ok(findings.filter((f) => f.rule === 'fact').every((f) => f.fact === 'dispute' && f.verdict === 'unmatched'));
  // An archive: 2,000 articles on one fact give one comparison each, not two million.
  const many = Array.from({ length: 2000 }, (_, i) => bill(`n${i}.md`, 2.3e6, 1e5, 'none'));
  const archive = reconcile(many, utility).filter((f) => f.rule === 'cross-article');
  assert.equal(archive.length, 1999);
  assert.ok(archive.every((f) => f.verdict === 'match'));
});

test('ids are stable and distinct; findings survive JSON', () => {
  const c = money(5e9, 1e9, 'about', '€5 billion', { hedgeText: 'about' });
  const a = reconcile([c], utility);
  const b = reconcile([c], utility);
  assert.deepEqual(
    a.map((f) => f.id),
    b.map((f) => f.id),
  );
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  assert.match(a[0]?.id ?? '', /^[0-9a-f]{16}$/);
});

test('bad options fail early with a TypeError naming the option', () => {
  assert.throws(() => reconcile([], utility, { band: -1 }), { name: 'TypeError', message: /`band`/ });
});

test('a cap in the ledger: the bound matches, a figure inside it is a rounding, one beyond it a conflict', () => {
  const capped = ledger(`
facts:
  - id: loan-cap
    description: The most the city may borrow in a year
    kind: money
    value: { amount: 2.0e+7, currency: EUR, bound: at-most }
    match: { terms: [borrow] }
`);
  const verdict = (value: number, text: string) =>
    only(
      reconcile(
        [
          claim({
            kind: 'money',
            value,
            unit: 'EUR',
            precision: { step: 1e6 },
            text,
            sentence: `It may borrow ${text}.`,
          }),
        ],
        capped,
      ),
    ).verdict;
  assert.equal(verdict(2e7, '€20 million'), 'match');
  assert.equal(verdict(1.5e7, '€15 million'), 'rounded');
  assert.equal(verdict(2.5e7, '€25 million'), 'conflict');
});

test("match.exclude: a term in the figure's sentence rules the fact out", () => {
  const l = ledger(`
facts:
  - id: deficit-2024
    description: The 2024 deficit
    kind: money
    value: { amount: 3.0e+6, currency: EUR }
    match: { terms: [deficit], exclude: [forecast, projected] }
`);
  const at = (sentence: string) =>
    only(
      reconcile(
        [claim({ kind: 'money', value: 5e6, unit: 'EUR', precision: { step: 1e6 }, text: '€5 million', sentence })],
        l,
      ),
    );
  assert.equal(at('The deficit came to €5 million.').verdict, 'conflict');
  const forecast = at('The deficit is forecast at €5 million.');
  assert.equal(forecast.verdict, 'unmatched');
  assert.equal(forecast.fact, null);
});

test('scope: a ledger that names its articles applies to those only, even alone', () => {
  const scoped = ledger(`
scope: { terms: [water board] }
facts:
  - id: budget
    description: The water board's budget
    kind: money
    value: { amount: 4.7e+9, currency: EUR }
    match: { terms: [budget] }
`);
  const one = (document: string, sentence: string) =>
    claim({ kind: 'money', value: 5e9, unit: 'EUR', precision: { step: 1e9 }, text: '€5 billion', sentence, document });
  const findings = reconcile(
    [one('a.md', 'The water board set its budget at €5 billion.'), one('b.md', 'The rail budget is €5 billion.')],
    scoped,
  );
  assert.deepEqual(
    findings.map((f) => [f.claim.document, f.fact, f.verdict]),
    [
      ['a.md', 'budget', 'rounded'],
      ['b.md', null, 'unmatched'],
    ],
  );
  assert.match(findings[1]?.message ?? '', /no ledger given is about its article/);
});

test('a figure in another currency with no rate for its own time converts at the time of the fact', () => {
  const l = ledger(`
rates:
  - { currency: SEK, per: EUR, rate: 11, period: '2023' }
facts:
  - id: budget-2023
    description: Water budget for 2023
    kind: money
    value: { amount: 4.7e+9, currency: EUR }
    asOf: 2023-06-30
    match: { terms: [water budget] }
`);
  // Published in 2025, with no 2025 rate: SEK 51.7 billion is €4.7 billion at the 2023 rate.
  const sek = claim({
    kind: 'money',
    value: 5.17e10,
    unit: 'SEK',
    precision: { step: 1e8 },
    text: 'SEK 51.7 billion',
    sentence: 'The water budget was SEK 51.7 billion.',
  });
  const f = only(reconcile([sek], l, { articles: { 'a.md': { published: '2025-02-01' } } }));
  assert.equal(f.verdict, 'match');
});

test('a valueless fact with a unit: the counted noun names it, and articles are compared on it', () => {
  const l = ledger(`
facts:
  - id: storm-deaths
    description: Deaths in the storm, disputed
    kind: count
    unit: deaths
`);
  const count = (document: string, value: number) =>
    claim({
      kind: 'count',
      value,
      unit: 'deaths',
      precision: { step: 1 },
      text: String(value),
      sentence: `The storm caused ${value} deaths.`,
      document,
    });
  const findings = reconcile([count('a.md', 12), count('b.md', 15)], l);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.claim.document, f.fact, f.verdict]),
    [
      ['fact', 'a.md', 'storm-deaths', 'unmatched'],
      ['fact', 'b.md', 'storm-deaths', 'unmatched'],
      ['cross-article', 'b.md', 'storm-deaths', 'conflict'],
    ],
  );
  const f = findings[0];
  assert.equal(f?.against?.type === 'fact' ? f.against.unit : undefined, 'deaths');
});

test("a date in another clause does not date a figure; one in the figure's own clause does", () => {
  // budget-2023 and budget-2022 are named alike: the figure's time decides between them.
  const sentence = 'Lakeview, which was founded in 2022, set its water budget at €4.7 billion.';
  const eur = claim({
    id: 'c2',
    kind: 'money',
    value: 4.7e9,
    unit: 'EUR',
    precision: { step: 1e8 },
    text: '€4.7 billion',
    sentence,
    period: '2022',
  });
  const year = claim({ id: 'c1', kind: 'date', value: '2022', precision: { unit: 'year' }, text: '2022', sentence });
  const f = only(
    reconcile([year, eur], utility, { articles: { 'a.md': { published: '2023-05-01' } } }).filter(
      (x) => x.claim.id === 'c2',
    ),
  );
  // Extract read 2022 as the figure's time; it belongs to the relative clause, so the value decides.
  assert.equal(f.fact, 'budget-2023');
  assert.equal(f.verdict, 'match');
  const own = 'In 2022, Lakeview set its water budget at €4.7 billion.';
  const dated = [
    claim({ id: 'c1', kind: 'date', value: '2022', precision: { unit: 'year' }, text: '2022', sentence: own }),
    claim({
      id: 'c2',
      kind: 'money',
      value: 4.7e9,
      unit: 'EUR',
      precision: { step: 1e8 },
      text: '€4.7 billion',
      sentence: own,
    }),
  ];
  const g = only(reconcile(dated, utility).filter((x) => x.claim.id === 'c2'));
  assert.deepEqual([g.fact, g.verdict], ['budget-2022', 'conflict']);
});

test('no conflict on a figure that is asked rather than stated, or on a weak tie; the message says why', () => {
  const asked = money(9e9, 1e9, 'none', '€9 billion', { sentence: 'Lakeview set its water budget at €9 billion?' });
  const q = only(reconcile([asked], utility));
  assert.equal(q.verdict, 'unmatched');
  assert.match(q.message, /would conflict with budget-2023, but the text asks it rather than states it/);
  // The same figure where the article never names the fact's party (the city).
  const far = money(9e9, 1e9, 'none', '€9 billion', { sentence: 'The water budget was €9 billion.' });
  const w = only(reconcile([far], utility));
  assert.equal(w.verdict, 'unmatched');
  assert.match(w.message, /but the article names none of its parties \(city\)/);
  // Named, stated and in its year: an error.
  const stated = money(9e9, 1e9, 'none', '€9 billion');
  assert.equal(only(reconcile([stated], utility)).verdict, 'conflict');
});

test('points are percent units of their own: 50 bp is 0.5 pp, and never a gap against a 4.2% level', () => {
  const bank = ledger(`
facts:
  - id: policy-rate
    description: The central bank's policy rate
    kind: percent
    value: { amount: 4.2, unit: '%' }
    match: { terms: [rate] }
  - id: rate-rise
    description: How much the bank raised its rate
    kind: percent
    value: { amount: 0.5, unit: pp }
    match: { terms: [raised] }
`);
  const pct = (value: number, unit: string, text: string, sentence: string) =>
    claim({ kind: 'percent', value, unit, precision: { step: 1 }, text, sentence });
  const verdicts = (c: Claim) => reconcile([c], bank).map((f) => [f.fact, f.verdict]);
  assert.deepEqual(verdicts(pct(50, 'bp', '50 basis points', 'The bank raised its rate by 50 basis points.')), [
    ['rate-rise', 'match'],
  ]);
  assert.deepEqual(verdicts(pct(75, 'bp', '75 basis points', 'The bank raised its rate by 75 basis points.')), [
    ['rate-rise', 'conflict'],
  ]);
  // A change in points is no candidate for the level, whatever the words.
  assert.deepEqual(verdicts(pct(50, 'bp', '50 basis points', 'The rate moved 50 basis points.')), [
    [null, 'unmatched'],
  ]);
  assert.deepEqual(verdicts(pct(4.2, '%', '4.2%', 'The rate is now 4.2%.')), [['policy-rate', 'match']]);
});
