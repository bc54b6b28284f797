import type { Claim, ClaimKind, Hedge } from '@factledger/core';
import { type Ledger, parseLedger } from '@factledger/ledger';

/** A claim as extract would give it, with only what a test cares about stated. */
export function claim(over: Partial<Claim> & { kind: ClaimKind; value: Claim['value'] }): Claim {
  const sentence = over.sentence ?? `${over.text ?? String(over.value)}`;
  const text = over.text ?? String(over.value);
  const at = Math.max(0, sentence.indexOf(text));
  return {
    id: 'c1',
    unit: null,
    per: null,
    hedge: 'none' as Hedge,
    precision: { step: 1 },
    subject: null,
    actors: [],
    period: null,
    attribution: null,
    block: 'body',
    document: 'a.md',
    position: {
      start: { line: 1, column: at + 1, offset: at },
      end: { line: 1, column: at + 1 + text.length, offset: at + text.length },
    },
    inSentence: { start: at, end: at + text.length },
    ...over,
    text,
    sentence,
  };
}

export function ledger(yaml: string): Ledger {
  return parseLedger(`topic: test\n${yaml}`, { file: 'ledger.yaml' });
}

/** A ledger of one fact of each kind about a fictional water utility. */
export const utility = ledger(`
entities:
  - { id: city, name: Lakeview, aliases: [the city] }
rates:
  - { currency: SEK, per: EUR, rate: 11, period: '2023' }
facts:
  - id: budget-2023
    description: Water budget for 2023
    kind: money
    value: { amount: 4.7e+9, currency: EUR, per: year }
    period: '2023'
    match: { entities: [city], terms: [water budget], period: '2023' }
    sources: [{ outlet: Lake Post }]
  - id: budget-2022
    description: Water budget for 2022
    kind: money
    value: { amount: 4.0e+9, currency: EUR, per: year }
    period: '2022'
    match: { entities: [city], terms: [water budget], period: '2022' }
  - id: rise-2023
    description: Rise in the water price
    kind: percent
    value: { amount: 13.9, unit: '%' }
    period: '2023'
    match: { terms: [price rise] }
  - id: pumps
    description: Pumping stations
    kind: count
    value: { amount: 11, unit: stations }
    match: { terms: [pumping] }
  - id: growth
    description: Growth of the network
    kind: multiplier
    value: { amount: 5, unit: x }
    match: { terms: [network] }
  - id: opened
    description: The new plant opened
    kind: date
    value: { date: 2023-06-14 }
    match: { terms: [plant opened] }
  - id: dispute
    description: The disputed repair bill
    kind: money
    match: { terms: [repair bill] }
`);
