import type { Change, Hedge } from '@factledger/core';
import { HEDGES, PERIOD_ADVERBS, PERIOD_NOUNS, SCALES, SHORT_SCALES } from './lexicon.js';
import type { Match } from './match.js';
import type { Token } from './tokens.js';

/** A match with what the words around it say about it. */
export interface Refined extends Match {
  hedge: Hedge;
  /** Token where the hedge starts, when there is one. */
  hedgeStart?: number;
  per: string | null;
  change?: Change;
  /** Index (in the same sentence's list) of the figure this one converts. */
  conversionOf?: number;
}

const lowerAt = (tokens: Token[], i: number): string | undefined => tokens[i]?.lower;

/** The hedge right before token `start` (`about`, `up to`, `an estimated`), longest first. */
function hedgeBefore(tokens: Token[], start: number): { hedge: Hedge; start: number } | null {
  let best: { hedge: Hedge; start: number } | null = null;
  for (const [words, hedge] of HEDGES) {
    const s = start - words.length;
    if (s < 0 || (best && s >= best.start)) continue;
    if (words.every((w, k) => lowerAt(tokens, s + k) === w)) best = { hedge, start: s };
  }
  return best;
}

/**
 * Comparisons do not hedge a date (`under last year's deal`, `over one year` is a span of time,
 * `before 2020` another claim altogether); a date or duration keeps only `about`-like hedges.
 */
function hedgeFits(m: Match, found: { hedge: Hedge; start: number } | null): { hedge: Hedge; start: number } | null {
  if (!found) return null;
  if ((m.kind === 'date' || m.kind === 'duration') && found.hedge !== 'about' && found.hedge !== 'nearly') return null;
  return found;
}

/** How far back a negation reaches over a comparison in its clause: `will not be expected to invest more than`. */
const NEGATION_REACH = 6;
/** Words and marks that end the clause a negation governs. */
const CLAUSE_BREAKS = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  'that',
  'which',
  'who',
  'but',
  'and',
  'because',
  'while',
  'although',
  'if',
]);
const NEGATED: Partial<Record<Hedge, Hedge>> = { 'more-than': 'up-to', 'less-than': 'at-least' };

/**
 * `not more than $20 billion`, `did not spend more than`: a negated comparison bounds the figure
 * from the other side (`more than` becomes at most, `less than` at least). `not only` negates nothing.
 */
function negated(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - NEGATION_REACH; k--) {
    const w = lowerAt(tokens, k) ?? '';
    if (CLAUSE_BREAKS.has(w)) return false;
    if (w === 'not' || w === 'never' || w === 'cannot' || w.endsWith("n't")) return lowerAt(tokens, k + 1) !== 'only';
  }
  return false;
}

function negate(
  found: { hedge: Hedge; start: number } | null,
  tokens: Token[],
): { hedge: Hedge; start: number } | null {
  const flipped = found && NEGATED[found.hedge];
  if (!found || !flipped || !negated(tokens, found.start)) return found;
  // `not more than`: the negation written right before is part of the hedge's words.
  const adjacent = lowerAt(tokens, found.start - 1) === 'not';
  return { hedge: flipped, start: adjacent ? found.start - 1 : found.start };
}

/** Hedges written after the figure: `$5 billion or so`, `10 or more`, `300-plus`. */
function hedgeAfter(tokens: Token[], end: number): Hedge | null {
  // `20 rounds or more`: the counted noun may stand between the figure and its hedge.
  if (tokens[end]?.type === 'word' && lowerAt(tokens, end + 1) === 'or') end++;
  const a = lowerAt(tokens, end);
  const b = lowerAt(tokens, end + 1);
  if (a === 'or' && b === 'so') return 'about';
  if (a === 'or' && b === 'more') return 'at-least';
  if (a === 'or' && (b === 'less' || b === 'fewer')) return 'up-to';
  if (a === '-' && b === 'plus') return 'more-than';
  return null;
}

/** A rate period after the figure: `a year`, `per month`, `each year`, `annually`, `/yr`. */
function periodAfter(tokens: Token[], end: number): string | null {
  const a = lowerAt(tokens, end);
  if (a === undefined) return null;
  if (a in PERIOD_ADVERBS) return PERIOD_ADVERBS[a] ?? null;
  const b = lowerAt(tokens, end + 1) ?? '';
  if ((a === 'a' || a === 'an' || a === 'per' || a === 'each' || a === 'every' || a === '/') && b in PERIOD_NOUNS)
    return PERIOD_NOUNS[b] ?? null;
  return null;
}

const RISE =
  /^(increase[sd]?|increasing|rise|rises|rose|risen|rising|grow|grew|grown|growing|jump(ed|s)?|climb(ed|s)?|raise[sd]?|raising|boost(ed|s)?|up|more|higher|hike[sd]?|surge[sd]?|gain(ed|s)?)$/;
const FALL =
  /^(cut|cuts|decrease[sd]?|decreasing|fall|falls|fell|fallen|drop(ped|s)?|decline[sd]?|declining|reduce[sd]?|reducing|lower(ed)?|down|less|shr[iau]nk|slash(ed)?|plunge[sd]?)$/;

function directionNear(tokens: Token[], from: number, to: number): Change['direction'] {
  for (let k = to; k >= from; k--) {
    const w = lowerAt(tokens, k) ?? '';
    if (RISE.test(w)) return 'increase';
    if (FALL.test(w)) return 'decrease';
  }
  return 'unknown';
}

const startOf = (r: Refined): number => r.hedgeStart ?? r.start;

const scaleWord = (tokens: Token[], m: Match): string | undefined =>
  tokens.slice(m.start, m.end).find((t) => t.lower in SCALES || t.lower in SHORT_SCALES)?.lower;

/**
 * `from €100 million to €120 million`: a pair written in the same unit and scale is stated to the
 * same resolution, so the round end is as exact as its partner. (`from $600 million to $1 billion`
 * changes scale, and each end keeps its own.)
 */
function sharePrecision(tokens: Token[], a: Refined, b: Refined): void {
  const sa = a.precision.step;
  const sb = b.precision.step;
  if (sa === undefined || sb === undefined || a.unit !== b.unit || scaleWord(tokens, a) !== scaleWord(tokens, b))
    return;
  const step = Math.min(sa, sb);
  a.precision = { ...a.precision, step };
  b.precision = { ...b.precision, step };
}

/** Reads hedges, periods, changes and conversions around the figures of one sentence. */
export function refine(tokens: Token[], matches: Match[]): Refined[] {
  const refined: Refined[] = matches.map((m) => {
    const before = hedgeFits(m, negate(hedgeBefore(tokens, m.start), tokens));
    const after = before ? null : hedgeAfter(tokens, m.end);
    const r: Refined = { ...m, hedge: before?.hedge ?? after ?? 'none', per: periodAfter(tokens, m.end) };
    if (before) r.hedgeStart = before.start;
    return r;
  });
  for (let k = 0; k < refined.length; k++) {
    const a = refined[k] as Refined;
    const b = refined[k + 1];
    // `from $600 million to $1 billion`: a pair of the same kind, each knowing the other.
    if (
      b &&
      a.kind === b.kind &&
      lowerAt(tokens, startOf(a) - 1) === 'from' &&
      lowerAt(tokens, a.end) === 'to' &&
      startOf(b) === a.end + 1
    ) {
      const from = a.value as number;
      const to = b.value as number;
      let direction = directionNear(tokens, Math.max(0, startOf(a) - 8), startOf(a) - 2);
      if (direction === 'unknown' && typeof from === 'number' && typeof to === 'number' && from !== to)
        direction = to > from ? 'increase' : 'decrease';
      a.change = { direction, from, to };
      b.change = { direction, from, to };
      sharePrecision(tokens, a, b);
    }
    // `between $5 billion and $7 billion annually`: two ends of one range, sharing its period.
    if (b && a.kind === b.kind && lowerAt(tokens, startOf(a) - 1) === 'between' && lowerAt(tokens, a.end) === 'and') {
      if (startOf(b) === a.end + 1 && typeof a.value === 'number' && typeof b.value === 'number' && a.value < b.value) {
        a.range = { low: a.value, high: b.value };
        b.range = a.range;
        a.per ??= b.per;
      }
    }
    // `2.6 trillion won ($1.9 billion)`, `…won, or $1.9 billion`: the second converts the first.
    if (b && a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit) {
      const between = tokens
        .slice(a.end, startOf(b))
        .map((t) => t.lower)
        .join(' ');
      if (between === '(' || between === ', or' || between === 'or' || between === '(or' || between === '( or')
        b.conversionOf = k;
    }
    // `a 14% increase`, `increased by 5.4%`, `5.4% more`, `a five-fold increase`, `up 3%`.
    if ((a.kind === 'percent' || a.kind === 'multiplier') && !a.change) {
      const direction = directionNear(tokens, Math.max(0, startOf(a) - 3), Math.min(tokens.length - 1, a.end + 1));
      if (direction !== 'unknown') a.change = { direction };
    }
  }
  return refined;
}
