import type { DocumentRefiner } from './document-refiner.js';
import type { Refined } from './refined.js';

/** How many figures away a date may stand and still say when another figure holds. */
const PERIOD_REACH = 4;

/**
 * When each figure holds: the nearest date among the figures of its sentence (`$1.9 billion … in
 * 2021`), a date its own. Run after the refiners that resolve dates, so it reads their years.
 */
export const periods: DocumentRefiner = (sentences) => {
  for (const { found } of sentences)
    for (let k = 0; k < found.length; k++) (found[k] as Refined).period = periodOf(k, found);
};

function periodOf(index: number, all: Refined[]): string | null {
  const f = all[index] as Refined;
  if (f.kind === 'date') return typeof f.value === 'string' ? f.value : null;
  for (let d = 1; d <= PERIOD_REACH; d++) {
    for (const other of [all[index + d], all[index - d]]) {
      if (other?.kind === 'date' && typeof other.value === 'string') return other.value;
    }
  }
  return null;
}
