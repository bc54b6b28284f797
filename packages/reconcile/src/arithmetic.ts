import type { Claim } from '@factledger/core';
import { claimKey, finding, withFile } from './build.js';
import type { Finding } from './finding.js';
import { changeEnds, type SentenceGroup } from './locate.js';
import { formatGap, formatValue, quote } from './message.js';
import { claimReading, type Tuning } from './quantity.js';
import type { Reading } from './reading.js';
import { judge } from './verdict.js';

/**
 * Checks a stated change against the pair it comes from, within one sentence: "from $40 million to
 * $50 million, a 40% rise" states +40% where the pair gives +25%. A percent or multiplier elsewhere
 * in the article is usually about something else, so only the pair's own sentence is read.
 */
export function checkArithmetic(group: SentenceGroup, tuning: Tuning): Finding[] {
  const out: Finding[] = [];
  for (const { from, to } of changeEnds(group.claims)) {
    const change = to.change as { from: number; to: number; direction: string };
    if (change.from === 0) continue;
    for (const stated of group.claims) {
      if (stated.kind !== 'percent' && stated.kind !== 'multiplier') continue;
      if (stated.change?.from !== undefined || typeof stated.value !== 'number') continue;
      const reading = claimReading(stated, tuning);
      if (!reading) continue;
      const reference = implied(from, to, stated, change, tuning);
      if (!reference) continue;
      const j = judge(reading, reference.reading, tuning.exactness);
      const where = quote(stated);
      const pair = `${quote(from)} to ${quote(to)}, which is ${formatValue(reference.value, reference.unit)}`;
      const message =
        j.verdict === 'match'
          ? `${where} agrees with the change from ${pair}`
          : j.verdict === 'rounded'
            ? `${where} agrees with the change from ${pair} only as a rounding: gap ${formatGap(j.gap)}`
            : `${where} does not follow from ${pair}: gap ${formatGap(j.gap)}`;
      out.push(
        finding({
          rule: 'arithmetic',
          verdict: j.verdict,
          claim: stated,
          fact: null,
          against: {
            type: 'arithmetic',
            from: withFile(from),
            to: withFile(to),
            implied: reference.value,
            unit: reference.unit,
          },
          key: `${claimKey(from)}>${claimKey(to)}`,
          gap: j.gap,
          message,
        }),
      );
    }
  }
  return out;
}

function implied(
  from: Claim,
  to: Claim,
  stated: Claim,
  change: { from: number; to: number; direction: string },
  tuning: Tuning,
): { reading: Reading; value: number; unit: string } | null {
  const a = claimReading({ ...from, hedge: 'none' }, tuning);
  const b = claimReading({ ...to, hedge: 'none' }, tuning);
  if (!a || !b || a.exact[0] <= 0) return null;
  const ratio = change.to / change.from;
  const low = b.exact[0] / a.exact[1];
  const high = b.exact[1] / a.exact[0];
  const down = stated.change?.direction === 'decrease' || (!stated.change && change.to < change.from);
  // A percent states the change (+25%, or 20% down); a multiplier states the ratio, larger over smaller.
  const f =
    stated.kind === 'multiplier'
      ? (r: number) => (down ? 1 / r : r)
      : (r: number) => (down ? (1 - r) * 100 : (r - 1) * 100);
  const value = f(ratio);
  const x = f(low);
  const y = f(high);
  const exact = [Math.min(x, y), Math.max(x, y)] as const;
  return {
    reading: { exact, loose: exact, core: [value, value], point: value },
    value,
    unit: stated.kind === 'multiplier' ? 'x' : '%',
  };
}
