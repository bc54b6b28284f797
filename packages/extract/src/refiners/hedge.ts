import type { Hedge } from '@factledger/core';
import { HEDGES, NEGATIONS } from '@factledger/core/en';
import { type Match, word } from '../matchers/match.js';
import type { Token } from '../tokens.js';
import { CLAUSE_BREAKS, type SentenceRefiner } from './refined.js';

type Found = { hedge: Hedge; start: number } | null;

const QUOTES = new Set(['"', "'", '\u201d', '\u2019']);

/** The hedge right before token `start` (`about`, `up to`, `an estimated`), longest first. */
function hedgeBefore(tokens: Token[], figure: number): Found {
  let best: Found = null;
  // `"shall not exceed" 5%`: a quotation may close between the hedge and its figure.
  let start = figure;
  while (QUOTES.has(tokens[start - 1]?.text ?? '')) start--;
  for (const [words, hedge] of HEDGES) {
    const s = start - words.length;
    if (s < 0 || (best && s >= best.start)) continue;
    if (words.every((w, k) => word(tokens, s + k) === w)) best = { hedge, start: s };
  }
  return best;
}

const TIME_COMPARATIVES = new Set(['later', 'earlier']);

/**
 * Comparisons do not hedge a date (`under last year's deal`, `over one year` is a span of time,
 * `before 2020` another claim altogether); a date or duration keeps only `about`-like hedges.
 */
function hedgeFits(tokens: Token[], m: Match, found: Found): Found {
  if (!found || found.hedge === 'about' || found.hedge === 'nearly') return found;
  if (m.kind === 'duration') return null;
  // `no later than mid-June` bounds a date in time, as `more than` bounds an amount.
  if (m.kind === 'date') return TIME_COMPARATIVES.has(word(tokens, found.start + 1) ?? '') ? found : null;
  return found;
}

/** How far back a negation reaches over a comparison in its clause: `will not be expected to invest more than`. */
const NEGATION_REACH = 6;
const NEGATED: Partial<Record<Hedge, Hedge>> = { 'more-than': 'up-to', 'less-than': 'at-least' };

/**
 * `not more than $20 billion`, `did not spend more than`: a negated comparison bounds the figure
 * from the other side (`more than` becomes at most, `less than` at least). `not only` negates nothing.
 */
function negated(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - NEGATION_REACH; k--) {
    const w = word(tokens, k) ?? '';
    if (CLAUSE_BREAKS.has(w)) return false;
    if (NEGATIONS.has(w) || w.endsWith("n't")) return word(tokens, k + 1) !== 'only';
  }
  return false;
}

function negate(found: Found, tokens: Token[]): Found {
  const flipped = found && NEGATED[found.hedge];
  if (!found || !flipped || !negated(tokens, found.start)) return found;
  // `not more than`: the negation written right before is part of the hedge's words.
  const adjacent = word(tokens, found.start - 1) === 'not';
  return { hedge: flipped, start: adjacent ? found.start - 1 : found.start };
}

/** Hedges written after the figure: `$5 billion or so`, `10 or more`, `300-plus`. */
function hedgeAfter(tokens: Token[], end: number): Hedge | null {
  // `20 rounds or more`: the counted noun may stand between the figure and its hedge.
  if (tokens[end]?.type === 'word' && word(tokens, end + 1) === 'or') end++;
  const a = word(tokens, end);
  const b = word(tokens, end + 1);
  if (a === 'or' && b === 'so') return 'about';
  if (a === 'or' && b === 'more') return 'at-least';
  if (a === 'or' && (b === 'less' || b === 'fewer')) return 'up-to';
  if (a === '-' && b === 'plus') return 'more-than';
  return null;
}

/** The hedge of each figure: the words right before it (negation read), else right after it. */
export const hedges: SentenceRefiner = (tokens, figures) => {
  for (const f of figures) {
    const before = hedgeFits(tokens, f, negate(hedgeBefore(tokens, f.start), tokens));
    if (before) {
      f.hedge = before.hedge;
      f.hedgeStart = before.start;
    } else f.hedge = hedgeAfter(tokens, f.end) ?? 'none';
  }
};
