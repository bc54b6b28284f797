import { CURRENCY_ADJECTIVES, DOLLAR_PREFIXES } from '@factledger/core/en';
import type { DocumentRefiner } from './document-refiner.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `A$`, `HK$`, `US$` as written (the letters in capitals), and `Australian dollars`, `Hong Kong dollar`. */
export const NAMED_DOLLAR = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(${Object.keys(DOLLAR_PREFIXES).map(escapeRegExp).join('|')})\\$`,
    `(?<![\\p{L}\\p{N}])(${Object.keys(CURRENCY_ADJECTIVES).map(escapeRegExp).join('|')})\\s+dollars?(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'giu',
);

/**
 * Which dollar a bare `$` (or `dollars`, `cents`) is. When the text names exactly one dollar and
 * it is not the US one (`A$1.2 billion`, `figures in Australian dollars`), bare dollars are that
 * one. A text that names the US dollar too mixes them, and says nothing about the bare ones.
 * Otherwise the article's `currency` metadata, else the configured currency, else USD, each said
 * in `currencyFrom`. A bare dollar that converts a figure (`A$1.2 billion ($790 million)`) is in
 * another currency than the figure, so it is never given the figure's: it stays an assumed USD.
 */
export const dollarCurrency: DocumentRefiner = (sentences, { doc, currency }) => {
  if (!sentences.some((s) => s.found.some((f) => f.bareDollar))) return;
  const named = [...namedDollars(doc.text)];
  const [code, from] =
    named.length === 1 && named[0] !== 'USD'
      ? [named[0] as string, 'text' as const]
      : doc.metadata.currency
        ? [doc.metadata.currency, 'metadata' as const]
        : [currency ?? 'USD', 'default' as const];
  for (const { found } of sentences) {
    for (const f of found) {
      if (f.kind !== 'money' || !f.bareDollar) continue;
      const converted = f.conversionOf === undefined ? undefined : found[f.conversionOf];
      const own = converted?.unit === code && code !== 'USD';
      f.unit = own ? 'USD' : code;
      f.currencyFrom = own ? 'default' : from;
    }
  }
};

/** How far before a `$` or `dollar` the name of the dollar may start (`new zealand  `). */
const REACH = 40;

/**
 * The dollars a text names. The pattern, with its lookbehinds and two dozen names, is tried only
 * around each `$` and `dollar` (found by a plain search): run over the whole text it was a
 * twentieth of all extraction time.
 */
function namedDollars(text: string): Set<string> {
  const codes = new Set<string>();
  const anchors: number[] = [];
  for (let at = text.indexOf('$'); at !== -1; at = text.indexOf('$', at + 1)) anchors.push(at);
  for (const m of text.matchAll(/dollar/gi)) anchors.push(m.index);
  for (const at of anchors) {
    const start = Math.max(0, at - REACH - 1);
    const window = text.slice(start, at + 8);
    for (const m of window.matchAll(NAMED_DOLLAR)) {
      // A match at the window's very start had its lookbehind cut off: it is seen from another anchor or not at all.
      if (m.index === 0 && start > 0) continue;
      if (m[1] !== undefined) {
        // Prefixes are capitals as written: `a$` or `s$` in running text are not currencies.
        if (m[1] === m[1].toUpperCase()) codes.add(DOLLAR_PREFIXES[m[1].toLowerCase()] as string);
      } else if (m[2] !== undefined && /^\p{Lu}/u.test(m[2])) {
        codes.add(CURRENCY_ADJECTIVES[m[2].toLowerCase()] as string);
      }
    }
  }
  return codes;
}
