import type { Position } from 'unist';

export type ClaimKind = 'money' | 'percent' | 'count' | 'multiplier' | 'date' | 'duration' | 'ordinal';

/**
 * How the writer qualified the figure. `about` covers about/around/roughly/some/approximately;
 * `up-to` is every upper bound (`up to`, `at most`, a negated `not more than`, a range's high
 * end) and `at-least` every lower bound (`no fewer than`, `as few as`, a range's low end).
 */
export type Hedge = 'none' | 'about' | 'nearly' | 'up-to' | 'more-than' | 'at-least' | 'less-than';

/** Where a money claim's currency came from (see `Claim.currencyFrom`). */
export type CurrencySource = 'text' | 'metadata' | 'default';

/** The kind of block a claim sits in, from the parse stage. */
export type BlockKind = 'body' | 'heading' | 'caption' | 'boilerplate';

/**
 * What the writer committed to: the place value of the last significant digit the text
 * states. `$3.2 billion` → 1e8, `$3 billion` → 1e9, `6.1%` → 0.1, `6%` → 1.
 * Dates use `unit` instead: the finest component the text states. A spelled fraction is exact to
 * its denominator: `two thirds` has step 100/3 and value the double nearest 200/3 (66.666…67).
 */
export interface Precision {
  step?: number;
  unit?: 'year' | 'month' | 'day';
}

/** A change stated by the text: from one value to another, or by an amount. */
export interface Change {
  direction: 'increase' | 'decrease' | 'unknown';
  /** `from $600 million to $1 billion`: the other end of the pair, with its place. */
  from?: number;
  to?: number;
}

export interface Range {
  low: number;
  high: number;
}

/** A relative date resolved (or not) against the publication date. */
export interface DateResolution {
  relative: boolean;
  /** Why a relative date was left unresolved, e.g. no publication date. */
  unresolved?: string;
  /** The date it was resolved against. */
  anchor?: string;
}

export interface Attribution {
  text: string;
  position: Position;
}

export interface Claim {
  /** Stable within a document: `c1`, `c2`, … in source order. */
  id: string;
  kind: ClaimKind;
  /** The exact source span: the figure with currency and scale word, without the hedge. */
  text: string;
  /** A number, or an ISO date string at the precision stated (`2025`, `2025-12`, `2025-12-31`). */
  value: number | string | null;
  /** ISO 4217 for money, `%` for percent, `x` for multipliers, the counted noun for counts, the unit of a duration. */
  unit: string | null;
  /**
   * Money: where the currency came from. `text` when the article writes it (`A$`, `euros`, or a
   * bare `$` in an article that names one dollar, `Australian dollars`, elsewhere); `metadata` when
   * the article's `currency` says what a bare `$` means; `default` when it was assumed (the
   * configured currency, else USD), so a check can be cautious about it.
   */
  currencyFrom?: CurrencySource;
  /** Rate period when stated: `year`, `month`, … */
  per: string | null;
  hedge: Hedge;
  /** The hedge word(s) as written, when there is one. */
  hedgeText?: string;
  precision: Precision;
  range?: Range;
  change?: Change;
  date?: DateResolution;
  /** The noun phrase the figure counts or pays for. */
  subject: string | null;
  /** Who the sentence is about: the names (people, places, organisations) around the figure. */
  actors: string[];
  /** When the figure holds, as an ISO date or year, when the sentence says. */
  period: string | null;
  attribution: Attribution | null;
  block: BlockKind;
  /** A claim that converts another one (`($1.9 billion at the time)`) links to it by id. */
  conversionOf?: string;
  /** The sentence the claim was found in, as cleaned text. */
  sentence: string;
  /**
   * Where the figure is in `sentence` (UTF-16, end exclusive), so later stages read the words
   * around it without searching for its text again (the cleaned text may differ from the source).
   */
  inSentence: { start: number; end: number };
  /** Document id (the path as given) and the place in the file on disk. */
  document: string;
  position: Position;
}
