import { LineIndex } from '@factledger/core';
import type { Against, Finding, FindingClaim, Rule, Verdict } from '@factledger/reconcile';

/** Two articles and a ledger on an invented topic, with the kinds of disagreement reconcile reports. */
export const ARTICLES: Record<string, string> = {
  'articles/bridge.md': [
    '# Harbour bridge',
    '',
    'The council approved about €5 billion for the harbour bridge, the Lake Post reported.',
    'Spending rose 14% from €4.0 billion to €4.7 billion.',
    'The works will employ 1,200 people over 36 months.',
    '',
  ].join('\n'),
  'articles/valley.md': [
    '---',
    'outlet: Valley News',
    '---',
    'Officials put the bridge at €4.2 billion, Valley News has learned.',
    '',
  ].join('\n'),
};

export const LEDGER_FILE = 'ledgers/city.yaml';

export function claimAt(file: string, text: string, overrides: Partial<FindingClaim> = {}, nth = 0): FindingClaim {
  const source = ARTICLES[file] ?? overrides.sentence ?? '';
  let start = -1;
  for (let i = 0; i <= nth; i++) start = source.indexOf(text, start + 1);
  if (start === -1) throw new Error(`"${text}" not in ${file}`);
  const position = new LineIndex(source).position(start, start + text.length);
  return {
    id: `c${start}`,
    kind: 'money',
    text,
    value: 5e9,
    unit: 'EUR',
    per: null,
    hedge: 'none',
    precision: { step: 1e9 },
    subject: 'bridge',
    actors: ['council'],
    period: '2023',
    attribution: null,
    block: 'body',
    sentence: source.slice(source.lastIndexOf('\n', start) + 1, source.indexOf('\n', start)),
    inSentence: {
      start: start - source.lastIndexOf('\n', start) - 1,
      end: start - source.lastIndexOf('\n', start) - 1 + text.length,
    },
    document: file,
    file,
    position,
    ...overrides,
  };
}

const factAgainst = (value: number): Against => ({
  type: 'fact',
  fact: 'budget-2023',
  description: 'Harbour bridge budget approved in 2023',
  value,
  unit: 'EUR',
  per: null,
  ledger: {
    file: LEDGER_FILE,
    position: { start: { line: 7, column: 5, offset: 120 }, end: { line: 14, column: 1, offset: 300 } },
  },
  source: { outlet: 'Lake Post', url: 'https://example.org/budget', published: '2023-05-02' },
});

function make(
  rule: Rule,
  verdict: Verdict,
  claim: FindingClaim,
  against: Against | null,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  const severity =
    verdict === 'conflict' ? 'error' : verdict === 'rounded' || verdict === 'ambiguous' ? 'warning' : 'info';
  return {
    id: `${rule}-${verdict}-${claim.file}-${claim.position.start.offset}`,
    rule,
    verdict,
    severity,
    claim,
    fact: against?.type === 'fact' ? against.fact : null,
    against,
    message,
    ...extra,
  };
}

/** One finding of every kind the report must handle. */
export function sampleFindings(): Finding[] {
  const about5 = claimAt('articles/bridge.md', '€5 billion', { hedge: 'about', hedgeText: 'about' });
  const four2 = claimAt('articles/valley.md', '€4.2 billion', { value: 4.2e9, precision: { step: 1e8 } });
  const pct = claimAt('articles/bridge.md', '14%', { kind: 'percent', value: 14, unit: '%', precision: { step: 1 } });
  const from = claimAt('articles/bridge.md', '€4.0 billion', { value: 4e9 });
  const to = claimAt('articles/bridge.md', '€4.7 billion', { value: 4.7e9 });
  const people = claimAt('articles/bridge.md', '1,200', { kind: 'count', value: 1200, unit: 'people' });
  const months = claimAt('articles/bridge.md', '36 months', { kind: 'duration', value: 36, unit: 'month' });
  return [
    make(
      'fact',
      'rounded',
      about5,
      factAgainst(4.7e9),
      '"about €5 billion" fits €4.7 billion (budget-2023) only through "about": gap 6.4%',
      { gap: 0.064, why: { terms: ['bridge'], entities: ['council'], period: '2023 within 2023' } },
    ),
    make(
      'fact',
      'conflict',
      four2,
      factAgainst(4.7e9),
      'Unexpected `€4.2 billion`, expected `€4.7 billion` (budget-2023): gap 11%',
      { gap: 0.106 },
    ),
    make(
      'cross-article',
      'conflict',
      four2,
      { type: 'claim', claim: about5, source: { file: 'articles/bridge.md', outlet: 'Lake Post' } },
      '"€4.2 billion" conflicts with "about €5 billion" (Lake Post, bridge.md:3:27) on budget-2023: gap 16%',
      { fact: 'budget-2023', gap: 0.16 },
    ),
    make(
      'arithmetic',
      'conflict',
      pct,
      { type: 'arithmetic', from, to, implied: 17.5, unit: '%' },
      'Unexpected `14%`, expected `17.5%` from €4.0 billion to €4.7 billion',
      { gap: 0.2 },
    ),
    make('fact', 'unmatched', people, null, '"1,200" matches no ledger fact'),
    make('fact', 'ambiguous', months, null, '"36 months" could be schedule-2023 or schedule-2024.', {
      candidates: ['schedule-2024', 'schedule-2023'],
    }),
    make('fact', 'match', to, factAgainst(4.7e9), '"€4.7 billion" matches €4.7 billion (budget-2023)'),
  ];
}
