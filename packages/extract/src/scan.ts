import type { Anchor } from './anchor.js';
import type { SentenceFacts } from './filters/filter.js';
import { rejected } from './filters/filters.js';
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
  const sentence = new Facts(tokens);
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    let best: Match | null = null;
    for (const matcher of STARTS.at(t)) {
      const m = matcher.match(context, i);
      if (m && m.end > i && (!best || m.end > best.end) && !rejected(tokens, m, sentence)) best = m;
    }
    if (!best) {
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

/** The sentence's facts for the filters, each worked out on first use: most sentences never need one. */
class Facts implements SentenceFacts {
  readonly #tokens: Token[];
  #first: number | undefined;

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  get firstWord(): number {
    // In a headline written in capitals a capital letter names nothing, so every word counts as the first.
    this.#first ??= isShouting(this.#tokens)
      ? this.#tokens.length
      : this.#tokens.findIndex((t) => t.type === 'word' || t.type === 'number');
    return this.#first;
  }
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
