import { MEASURE_UNITS, SCALE_READINGS } from '@factledger/core/en';
import type { Filter } from './filter.js';

/**
 * `13 km`, `a 10-mile race`, `3 mm a year`, `0.5 g`, `magnitude 7.0`: a measurement is no count of
 * things, and no kind of claim a ledger holds, so it is left out rather than counted.
 */
export const isMeasure: Filter = (tokens, m) => {
  if (m.kind !== 'count') return false;
  const unit = tokens[tokens[m.end]?.text === '-' ? m.end + 1 : m.end];
  if (unit && MEASURE_UNITS.has(unit.lower)) return true;
  return SCALE_READINGS.has(tokens[m.start - 1]?.lower ?? '');
};
