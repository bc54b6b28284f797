import type { Match } from '../matchers/match.js';
import type { Token } from '../tokens.js';
import { isFileName } from './file-name.js';
import type { Filter, SentenceFacts } from './filter.js';
import { isIdentifierNumber } from './identifier.js';
import { isLabelNumber } from './label.js';
import { isMeasure } from './measure.js';
import { isNamedByNumber } from './named-by-number.js';
import { isPronounOne } from './pronoun-one.js';
import { isStatuteNumber } from './statute.js';
import { isTimeOfDay } from './time-of-day.js';

/** The filters, each a named rule of what a number that states no claim looks like. */
const FILTERS: Filter[] = [
  isMeasure,
  isStatuteNumber,
  isFileName,
  isNamedByNumber,
  isPronounOne,
  isLabelNumber,
  isTimeOfDay,
  isIdentifierNumber,
];

/** True when some filter tells the candidate is no claim. */
export const rejected = (tokens: Token[], m: Match, sentence: SentenceFacts): boolean =>
  FILTERS.some((f) => f(tokens, m, sentence));
