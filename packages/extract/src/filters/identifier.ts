import { CURRENCY_CODES, MONTHS, WEEKDAYS, YEAR } from '@factledger/core/en';
import { isCapitalised, type Token } from '../tokens.js';
import { type Filter, isBareNumber } from './filter.js';

/** Street-type words after a number and a name: `1600 Pennsylvania Avenue`. */
const STREETS = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'boulevard',
  'blvd',
  'lane',
  'ln',
  'drive',
  'dr',
  'way',
  'place',
  'pl',
  'court',
  'ct',
  'square',
  'sq',
  'terrace',
  'parkway',
  'highway',
]);

/** Letters glued after a number that still leave it a quantity (`10th`, `1990s`, `5bn`, `5x`). */
const QUANTITY_SUFFIXES = /^(st|nd|rd|th|s|k|m|mn|bn|b|tn|x|fold|pc|pct|am|pm)$/;

/** Capitalised words that take a quantity or a year after them: `FY 2024`, `Fiscal 2025`. */
const QUANTITY_TAKING = new Set(['fy', 'fiscal', 'circa', 'ca', 'about', 'around', 'some', 'nearly', 'almost']);

/**
 * Determiners and prepositions: capitalised, they open a sentence or a title (`The 2025 budget`
 * after stray markup, `Under 2024 rules`), and name nothing. Not quantity.ts's FUNCTION_WORDS,
 * the words after a number that cannot be what it counts: this list is of words before one, so it
 * has possessive determiners (`Its 2024 report`) and no verbs or pronouns, which never open a name.
 */
const FUNCTION_WORDS = new Set([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'],
  ...['in', 'on', 'at', 'by', 'for', 'from', 'under', 'since', 'until', 'during', 'after', 'before', 'of'],
  ...['to', 'with', 'and', 'or', 'but', 'as', 'over', 'than', 'between', 'through'],
]);

/** `1368-1644`, `1945-1952`: two years, the second later. */
function yearSpan(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && YEAR.test(a.text) && YEAR.test(b.text) && Number(b.text) > Number(a.text);
}

/**
 * True when the straight quote at token `q` closes a quotation: the same mark last stood opening
 * one, starting a word rather than ending one (`6'2"` ends the `2`, and opens nothing).
 */
function closesQuotation(tokens: Token[], q: number): boolean {
  const mark = tokens[q]?.text;
  for (let k = q - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.text !== mark) continue;
    const before = tokens[k - 1];
    const opens = !t.glued || (before?.type !== 'word' && before?.type !== 'number');
    return opens && tokens[k + 1]?.glued === true;
  }
  return false;
}

const DASHES = new Set(['-', '\u2013']);

/**
 * `won 118–104`, `voted 6-4`, `drew 2-2`: the counts of two sides of a game or a vote, written
 * highest first, where a range is written lowest first. Token `i` is the first count. A third
 * group (`1-2-3`) or a word glued before (`F-16-2`) makes a code instead.
 */
function tallyAt(tokens: Token[], i: number): boolean {
  const [a, dash, b, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!a || !/^\d{1,3}$/.test(a.text) || !dash?.glued || !DASHES.has(dash.text)) return false;
  if (!b?.glued || !/^\d{1,3}$/.test(b.text) || Number(b.text) > Number(a.text)) return false;
  if (after?.glued && DASHES.has(after.text)) return false;
  const before = tokens[i - 1];
  return !(before?.glued && (before.type === 'word' || DASHES.has(before.text)));
}

/**
 * True when the number at token `i` names or identifies something instead of
 * stating a quantity: part of a name or code (`F-35`, `COVID-19`, `Boeing 737`,
 * `G7`), a label (`Article 5`, `page 12`), a footnote mark (`[7]`), a time of day
 * (`09:00`, `9 a.m.`), a phone number or a street address. `first` is the index of
 * the sentence's first word, where a capital letter says nothing.
 */
export function isIdentifier(tokens: Token[], i: number, first: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.glued && prev && (prev.type === 'word' || prev.type === 'number') && prev.lower !== 'fy') return true; // K1A2, G7
  // F-35, GAO-24-105123, Public Law 117-58: a number hyphenated onto a word or another number is part of a code.
  // (A range such as `5-7%` never gets here: the range is read whole from its first number.)
  if (
    t.glued &&
    !yearSpan(tokens[i - 2], t) &&
    !(tallyAt(tokens, i - 2) && !isIdentifier(tokens, i - 2, first)) &&
    prev?.text === '-' &&
    prev.glued &&
    (tokens[i - 2]?.type === 'word' || tokens[i - 2]?.type === 'number')
  )
    return true;
  if (t.glued && (prev?.text === '#' || prev?.text === '/' || prev?.text === '.' || prev?.text === ':')) return true; // #5, 3/4, v.2, 09:00
  if (next?.glued && next.type === 'word' && !QUANTITY_SUFFIXES.test(next.lower)) return true; // 3D, 737MAX
  if (next?.glued && (next.text === ':' || next.text === '/') && tokens[i + 2]?.type === 'number') return true; // 09:00, 3/4
  if (prev?.text === '[' && next?.text === ']') return true; // [7]
  // English writes a quantity of five or more digits with thousands separators (`14,500`); a bare
  // run of them is a code, an order or a record number (`EO 14257`, `event 14226221`).
  if (/^\d{5,}$/.test(t.text)) return true;
  // `a 45-year-old`: an age describes a person; it is no amount, count or date.
  if (next?.text === '-' && tokens[i + 3]?.text === '-' && tokens[i + 4]?.lower === 'old') return true;
  // 40°42′, 6'2": a measure of angle, temperature or length; a straight quote may instead close a
  // quotation opened before the figure (`"nearly 170,000" bodies`).
  if (next?.glued && /^[°′″'"]$/.test(next.text) && !closesQuotation(tokens, i + 1)) return true;
  // Phone numbers and codes: digit groups of three or more joined by hyphens, `555-0123`;
  // but `1368-1644` is a span of years.
  const after2 = tokens[i + 2];
  if (
    next?.text === '-' &&
    next.glued &&
    /^\d{3,}$/.test(t.text) &&
    /^\d{3,}$/.test(after2?.text ?? '') &&
    !yearSpan(t, after2) &&
    !tallyAt(tokens, i)
  )
    return true;
  // `Boeing 737`, `Executive Order 13959`: a capitalised word right before a bare integer names a thing;
  // months, weekdays and currency codes take numbers after them, and a sentence's first word says nothing.
  // A possessive (`the Council's 2025 budget`) or a function word belongs to the phrase the number is in.
  if (
    isCapitalised(prev) &&
    !/'s$/i.test((prev as Token).text) &&
    !FUNCTION_WORDS.has((prev as Token).lower) &&
    i - 1 > first &&
    first < tokens.length &&
    /^\d+$/.test(t.text) &&
    !((prev as Token).lower in MONTHS) &&
    !((prev as Token).lower in WEEKDAYS) &&
    !CURRENCY_CODES.has((prev as Token).text) &&
    !QUANTITY_TAKING.has((prev as Token).lower) &&
    // `Financial Year 2019` dates a period; `Seats 305 Increase 48`, label and value after label and
    // value, is a table row flattened into text, not a name.
    !((prev as Token).lower === 'year' && YEAR.test(t.text)) &&
    tokens[i - 2]?.type !== 'number'
  )
    return true;
  // `1600 Pennsylvania Avenue`.
  if (isCapitalised(next)) {
    for (let k = i + 1; k < i + 5 && isCapitalised(tokens[k]); k++) {
      if (STREETS.has((tokens[k + 1] as Token | undefined)?.lower.replace(/\.$/, '') ?? '')) return true;
      if (STREETS.has((tokens[k] as Token).lower) && k > i + 1) return true;
    }
  }
  return false;
}

/**
 * `route 66`, `page 12`, `09:00`, `Boeing 737`: a bare number that names or codes something
 * rather than counting it. Money and percentages carry their unit, so only other kinds are asked.
 */
export const isIdentifierNumber: Filter = (tokens, m, sentence) =>
  isBareNumber(tokens, m) && isIdentifier(tokens, m.start, sentence.firstWord);
