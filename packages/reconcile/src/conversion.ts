import type { Claim } from '@factledger/core';
import type { Ledger } from '@factledger/ledger';
import { claimKey, finding, withFile } from './build.js';
import type { Finding } from './finding.js';
import { formatGap, formatValue, quote } from './message.js';
import { claimReading, rateUsed, type Tuning } from './quantity.js';
import { mapReading, widen } from './reading.js';
import { judge } from './verdict.js';

/**
 * Checks a parenthetical conversion ("2.3 trillion won ($1.9 billion at the time)") against the
 * ledger's rate for the claim's time: the stated amount, at its precision, converted at the rate
 * give or take the rate's tolerance, must contain the converted figure.
 */
export function checkConversion(
  claim: Claim,
  original: Claim,
  ledger: Ledger,
  when: string | undefined,
  tuning: Tuning,
): Finding | null {
  if (claim.kind !== 'money' || original.kind !== 'money' || !claim.unit || !original.unit) return null;
  const reading = claimReading(claim, tuning);
  const stated = claimReading({ ...original, hedge: 'none' }, tuning);
  if (!reading || !stated || typeof original.value !== 'number') return null;
  const where = quote(claim);
  const factor = when ? ledger.convert(1, original.unit, claim.unit, when) : undefined;
  const rate = when ? rateUsed(ledger, original.unit, claim.unit, when, tuning) : undefined;
  if (factor === undefined || !rate) {
    return finding({
      rule: 'conversion',
      verdict: 'unmatched',
      claim,
      fact: null,
      against: null,
      key: claimKey(original),
      message: `${where} converts ${quote(original)}, but the ledger has no ${original.unit}/${claim.unit} rate${when ? ` for ${when}` : ''} to check it with`,
    });
  }
  const reference = widen(
    mapReading(stated, (x) => x * factor),
    rate.tolerance,
  );
  const j = judge(reading, reference, tuning.exactness);
  const converted = original.value * factor;
  const at = `${quote(original)} at the ledger's ${rate.rate} ${rate.currency}/${rate.per} for ${rate.when}, which is ${formatValue(converted, claim.unit)}`;
  const message =
    j.verdict === 'match'
      ? `${where} agrees with ${at}, within the rate's ${formatGap(rate.tolerance)} tolerance`
      : j.verdict === 'rounded'
        ? `${where} agrees with ${at}, only as a rounding: gap ${formatGap(j.gap)}`
        : `${where} does not follow from ${at}: gap ${formatGap(j.gap)}`;
  return finding({
    rule: 'conversion',
    verdict: j.verdict,
    claim,
    fact: null,
    against: { type: 'rate', claim: withFile(original), converted, unit: claim.unit, rate },
    key: claimKey(original),
    gap: j.gap,
    message,
  });
}
