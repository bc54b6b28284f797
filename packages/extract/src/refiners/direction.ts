import type { Change } from '@factledger/core';
import { FALL, RISE } from '@factledger/core/en';
import { word } from '../matchers/match.js';
import type { Token } from '../tokens.js';
import { type SentenceRefiner, startOf } from './refined.js';

/** The nearest word of change in tokens `[from, to]`, read from the right. */
export function directionNear(tokens: Token[], from: number, to: number): Change['direction'] {
  for (let k = to; k >= from; k--) {
    const w = word(tokens, k) ?? '';
    if (RISE.test(w)) return 'increase';
    if (FALL.test(w)) return 'decrease';
  }
  return 'unknown';
}

/** `a 12% increase`, `increased by 3.8%`, `3.8% more`, `a five-fold increase`, `up 3%`: a rate or a multiple that changed. */
export const directions: SentenceRefiner = (tokens, figures) => {
  for (const f of figures) {
    if ((f.kind !== 'percent' && f.kind !== 'multiplier') || f.change) continue;
    const direction = directionNear(tokens, Math.max(0, startOf(f) - 3), Math.min(tokens.length - 1, f.end + 1));
    if (direction !== 'unknown') f.change = { direction };
  }
};
