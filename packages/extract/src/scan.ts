import type { Anchor } from './anchor.js';
import { rejected } from './filters/filters.js';
import { isIdentifier } from './identifier.js';
import { date, secondDay } from './matchers/date.js';
import type { Match, MatchContext, Matcher } from './matchers/match.js';
import { money } from './matchers/money.js';
import { multiplier } from './matchers/multiplier.js';
import { percent } from './matchers/percent.js';
import { count, duration, ordinal } from './matchers/quantity.js';
import { StartIndex } from './start-index.js';
import type { Token } from './tokens.js';

/**
 * The matchers, in priority order: at each token the longest match wins, and on a tie the
 * earlier matcher (so `2020` is a date before it is a count, `five-fold` a multiplier before `five`).
 */
export const MATCHERS: readonly Matcher[] = [money, percent, multiplier, date, duration, ordinal, count];

const STARTS = new StartIndex(MATCHERS);

/** Finds the figures in one sentence's tokens, left to right, without overlaps. */
export function scan(tokens: Token[], anchor: Anchor | undefined): Match[] {
  const context: MatchContext = { tokens, anchor };
  const found: Match[] = [];
  // In a headline written in capitals (`COUNCIL APPROVES 2025 BUDGET`) a capital letter names nothing,
  // so every word counts as the sentence's first for the identifier rule. Worked out only for a
  // sentence that has a bare number to judge, not for every sentence read.
  let first: number | undefined;
  const firstWord = () =>
    (first ??= isShouting(tokens) ? tokens.length : tokens.findIndex((t) => t.type === 'word' || t.type === 'number'));
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    let best: Match | null = null;
    for (const matcher of STARTS.at(t)) {
      const m = matcher.match(context, i);
      if (m && m.end > i && (!best || m.end > best.end) && !rejected(tokens, m)) best = m;
    }
    if (!best || (needsIdentifierCheck(best, tokens) && isIdentifier(tokens, best.start, firstWord()))) {
      i++;
      continue;
    }
    found.push(best);
    i = best.end;
    // `March 7-9`: the second day of a range is a date of its own, though it reads like a code's number.
    const second = secondDay(context, best);
    if (second) {
      found.push(second);
      i = second.end;
    }
  }
  return found;
}

function isShouting(tokens: Token[]): boolean {
  let upper = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.text.length < 2) continue;
    words++;
    if (t.text === t.text.toUpperCase()) upper++;
  }
  return words >= 3 && upper / words > 0.8;
}

/** Money and percentages carry their unit; a bare number may be a name or a code. */
function needsIdentifierCheck(m: Match, tokens: Token[]): boolean {
  return m.kind !== 'money' && m.kind !== 'percent' && tokens[m.start]?.type === 'number';
}
