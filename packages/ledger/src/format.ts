/**
 * The ledger file as written, one interface per `$defs` entry of `schema.json`. The schema is the
 * source of truth; `test/types.test.ts` pins each interface's keys to the schema's properties and
 * validates typed fixtures against it, so the two cannot drift apart silently.
 */

export type FactKind = 'money' | 'percent' | 'count' | 'multiplier' | 'date' | 'duration' | 'ordinal';
export type DerivedOp = 'percent-change' | 'ratio' | 'difference';
export type Per = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'person' | 'share';

export interface LedgerFile {
  $schema?: string;
  topic: string;
  description?: string;
  /** Which articles the ledger speaks for: those naming one of these. */
  scope?: ScopeInput;
  entities?: EntityInput[];
  rates?: RateInput[];
  facts: FactInput[];
}

export interface ScopeInput {
  entities?: string[];
  terms?: string[];
}

export interface EntityInput {
  id: string;
  name: string;
  aliases?: string[];
  description?: string;
}

/** `rate` units of `currency` buy one unit of `per`. */
export interface RateInput {
  currency: string;
  per: string;
  rate: number;
  date?: string;
  period?: string;
  /** How far the rate on a given day may be from this one; `absolute` is in `currency` per `per`. */
  tolerance?: ToleranceInput;
  note?: string;
  sources?: SourceInput[];
}

export interface ValueInput {
  amount?: number;
  date?: string;
  currency?: string;
  unit?: string;
  per?: Per;
  /** The record is a cap or a floor rather than a value. */
  bound?: 'at-most' | 'at-least';
}

export interface DerivedInput {
  op: DerivedOp;
  from: string;
  to: string;
}

export interface MatchInput {
  entities?: string[];
  terms?: string[];
  /** Terms that, in a figure's sentence, rule this fact out. */
  exclude?: string[];
  period?: string;
}

export interface ToleranceInput {
  relative?: number;
  absolute?: number;
}

export interface PointInput {
  line: number;
  column: number;
  offset?: number;
}

export interface PositionInput {
  start: PointInput;
  end?: PointInput;
}

export interface SourceInput {
  outlet: string;
  url?: string;
  published?: string;
  title?: string;
  quote?: string;
  article?: string;
  position?: PositionInput;
}

export interface FactInput {
  id: string;
  description: string;
  kind: FactKind;
  value?: ValueInput;
  /** Without a value: the counted noun or the currency claims about the fact are in. */
  unit?: string;
  derived?: DerivedInput;
  asOf?: string;
  period?: string;
  match?: MatchInput;
  tolerance?: ToleranceInput;
  sources?: SourceInput[];
  note?: string;
}
