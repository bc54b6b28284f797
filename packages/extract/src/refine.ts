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

const QUOTES = new Set(['"', "'", '\u201d', '\u2019']);

/** The hedge right before token `start` (`about`, `up to`, `an estimated`), longest first. */
function hedgeBefore(tokens: Token[], figure: number): { hedge: Hedge; start: number } | null {
  let best: { hedge: Hedge; start: number } | null = null;
  // `"shall not exceed" 5%`: a quotation may close between the hedge and its figure.
  let start = figure;
  while (QUOTES.has(tokens[start - 1]?.text ?? '')) start--;
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
function hedgeFits(
  tokens: Token[],
  m: Match,
  found: { hedge: Hedge; start: number } | null,
): { hedge: Hedge; start: number } | null {
  if (!found || found.hedge === 'about' || found.hedge === 'nearly') return found;
  if (m.kind === 'duration') return null;
  // `no later than mid-June` bounds a date in time, as `more than` bounds an amount.
  if (m.kind === 'date') return TIME_COMPARATIVES.has(lowerAt(tokens, found.start + 1) ?? '') ? found : null;
  return found;
}

const TIME_COMPARATIVES = new Set(['later', 'earlier']);

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
    const before = hedgeFits(tokens, m, negate(hedgeBefore(tokens, m.start), tokens));
    const after = before ? null : hedgeAfter(tokens, m.end);
    // The spread last: on Node 20, properties written after a spread give every object a hidden
    // class of its own, garbage that piles up in the old generation over an archive.
    const r: Refined = { hedge: before?.hedge ?? after ?? 'none', per: periodAfter(tokens, m.end), ...m };
    if (before) r.hedgeStart = before.start;
    return r;
  });
  for (let k = 0; k < refined.length; k++) {
    const a = refined[k] as Refined;
    const b = refined[k + 1];
    if (b) joinRange(tokens, a, b);
    if (b) shareHedge(tokens, a, b);
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
  for (const r of refined) boundByRange(r);
  return refined;
}

/** Marks that join two figures into a range when each carries its own unit: `40%–50%`, `40% to 50%`. */
const RANGE_JOINERS = new Set(['-', '\u2013', '\u2014', 'to']);

/**
 * `40%–50%`, `$5 million to $7 million`: two figures of one kind and unit, joined and in order,
 * are the two ends of one range. After `from` the same words state a change, read below.
 */
function joinRange(tokens: Token[], a: Refined, b: Refined): void {
  if (a.range || b.range || a.kind !== b.kind || a.unit !== b.unit || a.kind === 'date' || a.kind === 'duration')
    return;
  if (startOf(b) !== a.end + 1 || !RANGE_JOINERS.has(lowerAt(tokens, a.end) ?? '')) return;
  if (typeof a.value !== 'number' || typeof b.value !== 'number' || a.value >= b.value) return;
  // `rose 2% to 7%`, `from 25% to 15%`, `by 2 points to 45%`: a change and where it ends, not a range.
  const cue = lowerAt(tokens, startOf(a) - 1) ?? '';
  if (
    lowerAt(tokens, a.end) === 'to' &&
    (cue === 'from' || cue === 'by' || directionNear(tokens, Math.max(0, startOf(a) - 2), startOf(a) - 1) !== 'unknown')
  )
    return;
  if (cue === 'from') return;
  a.range = { low: a.value, high: b.value };
  b.range = a.range;
}

/**
 * `roughly €4.2 million for roads and €1.8 million for parks`: a hedge before the first of two
 * figures of one kind and unit, joined by `and` within a short clause, qualifies both.
 */
function shareHedge(tokens: Token[], a: Refined, b: Refined): void {
  if (a.hedge === 'none' || b.hedge !== 'none' || a.range || a.kind !== b.kind || a.unit !== b.unit) return;
  if (a.kind !== 'money' && a.kind !== 'percent') return;
  const and = startOf(b) - 1;
  if (lowerAt(tokens, and) !== 'and' || and - a.end > SHARED_HEDGE_REACH) return;
  for (let k = a.end; k < and; k++)
    if (tokens[k]?.type !== 'word' || CLAUSE_BREAKS.has(lowerAt(tokens, k) ?? '')) return;
  b.hedge = a.hedge;
}

/** How many words may stand between a hedged figure and the `and` of its parallel figure. */
const SHARED_HEDGE_REACH = 4;

/**
 * The ends of a range bound the quantity (`between 45,000 and 50,000`): the low end says at
 * least, the high end up to. A figure with a hedge of its own keeps it.
 */
function boundByRange(r: Refined): void {
  if (!r.range || r.hedge !== 'none' || r.kind === 'date') return;
  if (r.value === r.range.low) r.hedge = 'at-least';
  else if (r.value === r.range.high) r.hedge = 'up-to';
}
