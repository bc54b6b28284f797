import type { Attribution, BlockKind, Claim } from '@factledger/core';
import { type Document, parseArticle } from '@factledger/parse';
import { parseAnchor } from './anchor.js';
import { actorsOf, isReportingWord, readSentence, type SentenceReading, subjectOf } from './context.js';
import { countedNoun } from './counted-noun.js';
import { anniversaries } from './refiners/anniversary.js';
import { discourseYear } from './refiners/discourse-year.js';
import type { DocumentRefiner, SentenceFigures } from './refiners/document-refiner.js';
import { dollarCurrency } from './refiners/dollar-currency.js';
import { periods } from './refiners/period.js';
import type { Refined } from './refiners/refined.js';
import { refineSentence } from './refiners/sentence.js';
import { scan } from './scan.js';
import { type Token, tokenize } from './tokens.js';

/**
 * Rules over the whole article, in order: which dollar `$` is, the year talked about, anniversaries
 * of dated events, and last when each figure holds, which reads the dates the others resolved.
 */
const DOCUMENT_REFINERS: DocumentRefiner[] = [dollarCurrency, discourseYear, anniversaries, periods];

export interface ExtractOptions {
  /** Publication date (`YYYY[-MM[-DD]]`) for relative dates; overrides the document's own. */
  published?: string;
  /** Id for a text given as a string (default `input`). */
  id?: string;
  /** Block kinds whose figures are left out (default: boilerplate only). */
  skip?: BlockKind[];
  /**
   * `full` (default): each figure with its subject, the names around it and its attribution, read
   * with compromise's tagger. `figures`: the figures alone — values, units, hedges, periods,
   * positions — with no tagger (`subject`, `attribution` null, `actors` empty) and the counted
   * noun by rule, several times faster: what reconciling needs.
   */
  reading?: 'full' | 'figures';
  /**
   * ISO 4217 code of the currency a bare `$` means when neither the text nor the article's
   * `currency` metadata says (default USD): `AUD` for an Australian newsroom.
   */
  currency?: string;
}

/**
 * Every figure in an article as a positioned, normalised claim.
 *
 * @example
 *   const claims = extractClaims('The city paid about $640 million last year.', { published: '2020-01' });
 *   claims[0].value; // 640000000 (USD, hedge 'about')
 *   claims[1].value; // '2019'
 */
export function extractClaims(input: Document | string, options: ExtractOptions = {}): Claim[] {
  const doc =
    typeof input === 'string'
      ? parseArticle(input, {
          id: options.id ?? 'input',
          ...(options.published ? { published: options.published } : {}),
        })
      : input;
  const anchor = parseAnchor(options.published ?? doc.metadata.published);
  const skip = new Set<BlockKind>(options.skip ?? ['boilerplate']);
  const sentences: (SentenceFigures & { sentence: Document['sentences'][number] })[] = [];
  for (const sentence of doc.sentences) {
    const block = doc.blocks[sentence.block]?.kind ?? 'body';
    if (skip.has(block)) continue;
    const tokens = tokenize(doc.text, sentence.start, sentence.end);
    const matches = scan(tokens, anchor);
    if (matches.length > 0) sentences.push({ tokens, found: refineSentence(tokens, matches), block, sentence });
  }
  const context = { doc, anchor, ...(options.currency ? { currency: options.currency } : {}) };
  for (const refiner of DOCUMENT_REFINERS) refiner(sentences, context);
  const claims: Claim[] = [];
  for (const { tokens, found, block, sentence } of sentences) {
    if (found.length === 0) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const reading = options.reading === 'figures' ? UNREAD : readSentence(text, windows(tokens, found, sentence.start));
    const firstId = claims.length;
    const actors = actorsOf(reading);
    for (let k = 0; k < found.length; k++) {
      claims.push(
        toClaim(doc, tokens, k, found, reading, {
          kind: block,
          actors,
          start: sentence.start,
          text,
          firstId,
          index: claims.length,
        }),
      );
    }
  }
  return claims;
}

/** A sentence not read by the tagger: no terms, so no subject, names or attribution. */
const UNREAD: SentenceReading = { terms: [], attribution: null };

/** Words on each side of a figure that compromise reads: a subject or a source is a few words away. */
const WINDOW = 8;

/** The parts of the sentence worth tagging, as offsets into it. */
function windows(tokens: Token[], found: Refined[], offset: number): [number, number][] {
  const around = (from: number, to: number): [number, number] => [
    (tokens[Math.max(0, from - WINDOW)] as Token).start - offset,
    (tokens[Math.min(tokens.length - 1, to + WINDOW)] as Token).end - offset,
  ];
  const out = found.map((f) => around(f.hedgeStart ?? f.start, f.end - 1));
  tokens.forEach((t, k) => {
    if (isReportingWord(t.lower)) out.push(around(k, k));
  });
  return out;
}

interface Place {
  kind: BlockKind;
  actors: string[];
  start: number;
  text: string;
  firstId: number;
  index: number;
}

function toClaim(
  doc: Document,
  tokens: Token[],
  index: number,
  all: Refined[],
  reading: SentenceReading,
  place: Place,
): Claim {
  const f = all[index] as Refined;
  const start = (tokens[f.start] as Token).start;
  const end = (tokens[f.end - 1] as Token).end;
  const [sourceStart, sourceEnd] = doc.map.toSourceRange(start, end);
  const subject = subjectOf(reading, start - place.start, end - place.start);
  const claim: Claim = {
    id: `c${place.index + 1}`,
    kind: f.kind,
    text: doc.source.slice(sourceStart, sourceEnd),
    value: f.value,
    unit: f.kind === 'count' ? countedNoun(tokens, f.end, f.unit) : f.unit,
    per: f.per,
    hedge: f.hedge,
    precision: f.precision,
    subject: subject.phrase,
    actors: place.actors,
    period: f.period ?? null,
    attribution: attribution(doc, reading, place.start),
    block: place.kind,
    ...excerpt(place.text, start - place.start, end - place.start),
    document: doc.id,
    position: doc.map.position(start, end),
  };
  if (f.hedgeStart !== undefined && f.hedge !== 'none') {
    claim.hedgeText = doc.text.slice((tokens[f.hedgeStart] as Token).start, (tokens[f.start - 1] as Token).end);
  }
  if (f.kind === 'money') claim.currencyFrom = f.currencyFrom ?? 'text';
  if (f.range) claim.range = f.range;
  if (f.change) claim.change = f.change;
  if (f.date) claim.date = f.date;
  if (f.conversionOf !== undefined) claim.conversionOf = `c${place.firstId + f.conversionOf + 1}`;
  return claim;
}

/** Longest sentence a claim carries whole; past it (damaged text), a window around the figure. */
const EXCERPT = 600;

function excerpt(sentence: string, start: number, end: number): Pick<Claim, 'sentence' | 'inSentence'> {
  if (sentence.length <= EXCERPT) return { sentence, inSentence: { start, end } };
  const from = Math.max(0, start - EXCERPT / 2);
  const text = sentence.slice(from, Math.max(end, from + EXCERPT));
  return { sentence: text, inSentence: { start: start - from, end: end - from } };
}

function attribution(doc: Document, reading: SentenceReading, offset: number): Attribution | null {
  if (!reading.attribution) return null;
  const start = offset + reading.attribution.start;
  const end = offset + reading.attribution.end;
  return { text: doc.text.slice(start, end), position: doc.map.position(start, end) };
}
