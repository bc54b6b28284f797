import type { Token } from '../tokens.js';

/**
 * Nouns that name a rate or a share, whose changes are counted in points of a percentage
 * (`the jobless rate fell two points`, `a three-point rise in approval`). A game's points
 * (`scored 31 points`, `a 12-point lead at half-time`) and an index's (`the index fell 300 points`)
 * count points of no percentage, and no word here names them.
 */
const RATE_NOUNS = new Set([
  ...['rate', 'rates', 'share', 'percentage', 'percentages', 'proportion', 'ratio', 'poll', 'polls'],
  ...['polling', 'approval', 'turnout', 'yield', 'yields', '%', 'percent', 'pct'],
]);

/**
 * Words and marks that end the clause a rate noun must share with its points. Not refined.ts's
 * list for hedges and negations: a relative clause keeps a rate noun with its points (`the share
 * that rose four points`), so `that` and `who` do not end it; `after`, `before` and `whereas` join
 * two events, each measured in its own terms (`turnout rose after the team scored 31 points`).
 */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '(', ')', 'and', 'but', 'while', 'whereas', 'after', 'before']);

/** How many tokens on each side of the figure a rate noun may stand and still own its points. */
const REACH = 6;

/** Abbreviations that are points of a percentage in themselves: `2.4 pp`, `25bps`, `0.5 ppt`. */
const POINT_ABBREVIATIONS: Record<string, 'pp' | 'bp'> = { pp: 'pp', ppt: 'pp', ppts: 'pp', bp: 'bp', bps: 'bp' };

const POINTS = new Set(['point', 'points', 'pts', 'pt']);

/**
 * Nouns a rate noun may modify and so stop naming a rate: a `share price` or `share index` is a
 * price, and its points are no percentage's.
 */
const PRICE_HEADS = new Set(['price', 'prices', 'index', 'indices', 'indexes', 'market', 'markets']);

const isRateNoun = (tokens: Token[], k: number): boolean =>
  RATE_NOUNS.has((tokens[k] as Token).lower) && !PRICE_HEADS.has(tokens[k + 1]?.lower ?? '');

/** True when a rate noun stands in the figure's clause, within `REACH` tokens of `[start, end)`. */
function inRateClause(tokens: Token[], start: number, end: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - REACH; k--) {
    if (CLAUSE_BREAKS.has((tokens[k] as Token).lower)) break;
    if (isRateNoun(tokens, k)) return true;
  }
  for (let k = end; k < tokens.length && k < end + REACH; k++) {
    if (CLAUSE_BREAKS.has((tokens[k] as Token).lower)) break;
    if (isRateNoun(tokens, k)) return true;
  }
  return false;
}

/**
 * Points of a percentage written after a number at token `j`: `basis points` and `bp`/`bps`
 * (hundredths of a point) and `pp` are such points wherever they stand; plain `points` or
 * `-point` only in the clause of a rate or share (`unemployment rate … by 12 points`). The value
 * stays as written (50 basis points is 50, unit `bp`), as reconcile converts `pp` and `bp`.
 */
export function ratePoints(tokens: Token[], j: number): { unit: 'pp' | 'bp'; end: number } | null {
  const hyphen = tokens[j]?.text === '-' ? 1 : 0;
  const t = tokens[j + hyphen];
  if (!t) return null;
  if (t.lower === 'basis') {
    let k = j + hyphen + 1;
    if (tokens[k]?.text === '-') k++;
    return POINTS.has(tokens[k]?.lower ?? '') ? { unit: 'bp', end: k + 1 } : null;
  }
  const abbreviated = POINT_ABBREVIATIONS[t.lower];
  if (abbreviated && !hyphen) return { unit: abbreviated, end: j + 1 };
  if (POINTS.has(t.lower) && inRateClause(tokens, j - 1, j + hyphen + 1)) return { unit: 'pp', end: j + hyphen + 1 };
  return null;
}
