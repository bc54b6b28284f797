import { CURRENCY_SIGNS, CURRENCY_WORDS, FRACTIONS, SCALES, SHORT_SCALES, TENS, UNITS } from '@factledger/core/en';
import type { Token } from './tokens.js';

/** A number read from tokens `[start, end)`. */
export interface NumberMatch {
  value: number;
  start: number;
  end: number;
  /** Digits after the decimal point as written, for precision. */
  decimals: number;
  /** The scale word's factor (`billion` → 1e9), 1 when none. */
  scale: number;
  spelled: boolean;
  /** A spelled fraction (`three-quarters`): `value` is the fraction, 0.75. */
  fraction: boolean;
  /** The fraction's denominator (4 for quarters), which bounds what the writer committed to. */
  denominator?: number;
}

const MORPHEMES = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(FRACTIONS)]
  // Longest first, so `seventeen` wins over `seven`.
  .sort((a, b) => b.length - a.length);

/**
 * The morphemes by first letter, longest first: every word of a text is asked whether it is glued
 * number words, and nearly all are not; looking among the few that share its letter, not all of
 * them, settles most at the first character.
 */
const MORPHEMES_BY_LETTER = new Map<string, string[]>();
for (const m of MORPHEMES) {
  const list = MORPHEMES_BY_LETTER.get(m[0] as string);
  if (list) list.push(m);
  else MORPHEMES_BY_LETTER.set(m[0] as string, [m]);
}

const splitCache = new Map<string, string[] | null>();

/**
 * Splits a word glued together from number words (`twentyfive`, `onequarter`, the
 * trace of a hyphen lost at a line break in PDF text) into its parts, or null when
 * it is not made only of number words. Greedy longest-first is enough: no number
 * word is a prefix of another whose remainder is also a number word.
 */
export function splitNumberWord(lower: string): string[] | null {
  const cached = splitCache.get(lower);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  let i = 0;
  while (i < lower.length) {
    const m = MORPHEMES_BY_LETTER.get(lower[i] as string)?.find((w) => lower.startsWith(w, i));
    if (!m) break;
    parts.push(m);
    i += m.length;
  }
  const result = i === lower.length && parts.length > 0 ? parts : null;
  if (splitCache.size < 10_000) splitCache.set(lower, result);
  return result;
}

export function isNumberWord(lower: string): boolean {
  return lower in UNITS || lower in TENS || lower in SCALES;
}

/**
 * `5bn`, `4.7 bln`, `$3m`, `10k`: abbreviated scales. A one-letter one must be glued to the number
 * and have a currency beside it — `100m` and `2.5m` alone are more often metres than millions.
 */
function scaleAbbreviation(tokens: Token[], i: number, at: number): number | undefined {
  const next = tokens[at] as Token;
  const s = SHORT_SCALES[next.lower];
  if (s === undefined) return undefined;
  if (next.lower.length > 1) return s;
  if (!next.glued) return undefined;
  const before = tokens[i - 1];
  // `$3m` and `3m euros`: a currency on either side makes the letter a scale.
  const after = tokens[at + 1]?.lower ?? '';
  return (before?.type === 'symbol' && before.text in CURRENCY_SIGNS) || after in CURRENCY_WORDS ? s : undefined;
}

/**
 * Whether a number as written fits a double: its value is finite and the place value of its last
 * digit (its precision step) is above zero. 400 digits overflow to Infinity, 400 decimals (or
 * `one point` and 400 digits) round the step to 0; such a run of digits is a hash or debris, not a
 * figure anyone states, so it is not read as a number at all: a claim never carries a value, range
 * or step that JSON cannot hold. Every matcher reads its numbers through `readNumber`, which checks.
 */
function representable(value: number, decimals: number, scale: number): boolean {
  const step = 10 ** -decimals * scale;
  return Number.isFinite(value) && Number.isFinite(step) && step > 0;
}

/** Reads digits (`1,140`, `3.2`) and an optional scale (`billion`, glued `bn`) at token `i`. */
function readDigits(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (t?.type !== 'number') return null;
  const text = t.text.replace(/,/g, '');
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  let value = Number(text);
  let end = i + 1;
  let scale = 1;
  // `$5-million`: some styles hyphenate the scale word.
  if (tokens[end]?.text === '-' && tokens[end]?.glued && SCALES[tokens[end + 1]?.lower ?? ''] !== undefined) end++;
  const next = tokens[end];
  if (next && next.type === 'word') {
    const s = SCALES[next.lower] ?? scaleAbbreviation(tokens, i, end);
    if (s !== undefined) {
      scale = s;
      end++;
      // Scale words in a row multiply: `1.5 lakh crore` (1.5e12), `3 hundred million`.
      for (let more = SCALES[tokens[end]?.lower ?? '']; more !== undefined; more = SCALES[tokens[end]?.lower ?? '']) {
        scale *= more;
        end++;
      }
    }
  }
  // Scale by shifting the decimal point in the text, not by multiplying: 1.039 × 1e12 is
  // 1038999999999.9999 in binary floating point, `1.039e12` is exact.
  const exponent = Math.log10(scale);
  value = Number.isInteger(exponent) ? Number(`${text}e${exponent}`) : value * scale;
  return { value, start: i, end, decimals, scale, spelled: false, fraction: false };
}

/** Expands glued number words into virtual parts, keeping the token index each came from. */
function wordsAt(tokens: Token[], i: number): { word: string; token: number }[] {
  const out: { word: string; token: number }[] = [];
  for (let k = i; k < tokens.length && out.length < 40; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'symbol') {
      if (t.text === '-' && out.length > 0) {
        out.push({ word: '-', token: k });
        continue;
      }
      break;
    }
    if (t.type === 'number') {
      // Digits after a spelled `point`: `one-point-52`.
      out.push({ word: t.text, token: k });
      continue;
    }
    const parts = t.lower in UNITS || t.lower in TENS || t.lower in SCALES ? [t.lower] : splitNumberWord(t.lower);
    if (parts) for (const p of parts) out.push({ word: p, token: k });
    else if (t.lower === 'point' || t.lower === 'and' || t.lower === 'a' || t.lower === 'an' || t.lower === 'dozen')
      out.push({ word: t.lower, token: k });
    else break;
  }
  return out;
}

/**
 * Reads a spelled number: `twenty-five`, `one hundred and twenty`, `one-point-five trillion`,
 * `eight-point-three`, `a dozen`, `a million`, `three-quarters`, `onequarter`.
 */
function readSpelled(tokens: Token[], i: number): NumberMatch | null {
  const words = wordsAt(tokens, i);
  let total = 0;
  let current = 0;
  let seen = false;
  let lastToken = -1;
  let decimals = 0;
  let scale = 1;
  let k = 0;
  let article = false;
  for (; k < words.length; k++) {
    const { word, token } = words[k] as { word: string; token: number };
    if (word === '-') continue;
    if ((word === 'a' || word === 'an') && !seen) {
      const nextWord = words[k + 1]?.word;
      if (nextWord && (SCALES[nextWord] !== undefined || nextWord === 'dozen')) {
        current = 1;
        article = true;
        continue;
      }
      if (nextWord && FRACTIONS[nextWord] !== undefined && nextWord !== 'half') {
        current = 1;
        article = true;
        continue;
      }
      break;
    }
    if (word === 'dozen' && (seen || article)) {
      current = (current || 1) * 12;
      seen = true;
      lastToken = token;
      continue;
    }
    if (word === 'and') {
      // `one hundred and twenty`: only between a scale and a smaller number.
      const nextWord = words[k + 1]?.word ?? '';
      if (seen && (UNITS[nextWord] !== undefined || TENS[nextWord] !== undefined)) continue;
      break;
    }
    if (word === 'point' && seen) {
      const frac: string[] = [];
      let j = k + 1;
      for (; j < words.length; j++) {
        const w = (words[j] as { word: string }).word;
        if (w === '-') continue;
        if (/^\d+$/.test(w)) {
          frac.push(w);
          lastToken = (words[j] as { token: number }).token;
          j++;
          break;
        }
        const u = UNITS[w];
        if (u === undefined || u > 9) break;
        frac.push(String(u));
        lastToken = (words[j] as { token: number }).token;
      }
      if (frac.length === 0) break;
      current += Number(`0.${frac.join('')}`);
      decimals = frac.join('').length;
      k = j - 1;
      continue;
    }
    const fractionDenominator = FRACTIONS[word];
    if (fractionDenominator !== undefined && (seen || article) && !(word in SCALES)) {
      // `three-quarters`, `a third`: a fraction, not a count; the caller decides what it is a fraction of.
      const numerator = current || 1;
      return {
        value: numerator / fractionDenominator,
        start: i,
        end: token + 1,
        decimals: 0,
        scale: 1,
        spelled: true,
        fraction: true,
        denominator: fractionDenominator,
      };
    }
    if (/^\d/.test(word)) break;
    const unit = UNITS[word];
    const tens = TENS[word];
    const sc = SCALES[word];
    if (unit !== undefined) {
      if (seen && current % 10 !== 0 && current < 100) break; // `five six` is two numbers
      if (seen && current % 100 === 0 && current > 0 && current < 100 && unit >= 10) break;
      current += unit;
    } else if (tens !== undefined) {
      if (seen && current % 100 !== 0) break;
      current += tens;
    } else if (sc !== undefined) {
      if (!seen && !article) break;
      if (sc === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * sc;
        current = 0;
        scale = sc;
      }
    } else break;
    seen = true;
    lastToken = token;
  }
  if (!seen) return null;
  return {
    value: total + current,
    start: i,
    end: lastToken + 1,
    decimals,
    scale,
    spelled: true,
    fraction: false,
  };
}

/**
 * The numbers read in the last sentence asked about, by token: every matcher that can begin at a
 * number reads it (money, percent, multiplier, date, duration, count), so each is read once.
 * Results are shared, and never changed by a caller.
 */
let readIn: Token[] | null = null;
let read: (NumberMatch | null | undefined)[] = [];

/** A number at token `i`, digits or words, or null. */
export function readNumber(tokens: Token[], i: number): NumberMatch | null {
  if (tokens !== readIn) {
    readIn = tokens;
    read = [];
  }
  const known = read[i];
  if (known !== undefined) return known;
  const t = tokens[i];
  const n = !t ? null : t.type === 'number' ? readDigits(tokens, i) : t.type === 'word' ? readSpelled(tokens, i) : null;
  const result = n && representable(n.value, n.decimals, n.scale) ? n : null;
  read[i] = result;
  return result;
}
