import type { Claim } from '@factledger/core';
import type { Fact, Ledger } from '@factledger/ledger';
import { type FindingInput, finding } from './build.js';
import type { FactAgainst, Finding, MatchReason } from './finding.js';
import { type Candidate, doubt, type MatchResult } from './match.js';
import { formatGap, formatValue, quote, roundedThrough } from './message.js';

export function factAgainst(fact: Fact, ledger: Ledger, candidate?: Candidate): FactAgainst {
  const v = fact.value;
  const source = fact.sources?.[0];
  const converted = candidate?.value?.converted;
  return {
    type: 'fact',
    fact: fact.id,
    description: fact.description,
    value: v?.amount ?? v?.date ?? null,
    unit:
      v?.currency ?? v?.unit ?? fact.unit ?? (fact.kind === 'percent' ? '%' : fact.kind === 'multiplier' ? 'x' : null),
    per: v?.per ?? null,
    ...(converted ? { converted } : {}),
    ledger: { file: ledger.file ?? null, position: fact.position ?? null },
    source: source
      ? {
          outlet: source.outlet,
          ...(source.url ? { url: source.url } : {}),
          ...(source.published ? { published: source.published } : {}),
        }
      : null,
  };
}

/**
 * `€120 million a year (subsidy-2023)`: the fact's value and id as a message shows them; converted
 * to the claim's currency, `NOK 1.38 billion a year (subsidy-2023, €120 million at 11.5 NOK/EUR)`.
 */
function factText(against: FactAgainst): string {
  if (against.value === null) return `no value (${against.fact})`;
  const own = formatValue(against.value, against.unit, against.per);
  const c = against.converted;
  if (!c) return `${own} (${against.fact})`;
  const rate = c.rate ? ` at ${c.rate.rate} ${c.rate.currency}/${c.rate.per}` : '';
  return `${formatValue(c.value, c.unit, against.per)} (${against.fact}, ${formatValue(against.value, against.unit)}${rate})`;
}

/**
 * The finding for one claim's match against the ledger. Its message says what the figure is and
 * what it is compared with — the ledger fact by id; the row it is printed in already says where
 * the figure is, and the fact's source is in the finding (`against.source`).
 */
export function factFinding(claim: Claim, result: MatchResult, ledger: Ledger | undefined): Finding {
  const where = quote(claim);
  const unmatched = (message: string) =>
    finding({ rule: 'fact', verdict: 'unmatched', claim, fact: null, against: null, key: '', message });
  if (result.type === 'unmatched') return unmatched(`${where} matches no ledger fact: ${result.reason}`);
  // Only a claim no ledger applied to has none, and that claim is unmatched.
  if (!ledger) throw new Error('a candidate fact without its ledger');
  if (result.type === 'ambiguous') {
    const ids = result.candidates.map((c) => c.fact.id);
    const fits = result.candidates.some((c) => c.judgement && c.judgement.verdict !== 'conflict');
    return finding({
      rule: 'fact',
      verdict: 'ambiguous',
      claim,
      fact: null,
      against: null,
      candidates: ids,
      key: ids.join(','),
      message: `${where} could be ${ids.join(' or ')}: the article names each equally${fits ? ' and the figure fits more than one' : ' and the figure fits none'}`,
    });
  }
  const { candidate, why } = result;
  const fact = candidate.fact;
  if (!result.confident && candidate.judgement?.verdict === 'conflict') {
    // Raising a conflict on a tie the text hardly supports would accuse the article of a figure
    // that is most likely about something else.
    return unmatched(
      `${where} matches no ledger fact surely: it would conflict with ${fact.id}, but ${doubt(candidate, claim)}`,
    );
  }
  const against = factAgainst(fact, ledger, candidate);
  const j = candidate.judgement;
  // The fields that differ last, after the spread (see `withFile`).
  const about = (rest: Pick<FindingInput, 'verdict' | 'message'> & Partial<FindingInput>) =>
    finding({ rule: 'fact', claim, fact: fact.id, against, why, key: fact.id, ...rest });
  if (!j) {
    return about({
      verdict: 'unmatched',
      message: `${where} is about ${fact.id}, which has no ledger value: it is compared with other articles instead`,
    });
  }
  const value = factText(against);
  if (j.verdict === 'conflict' && assumedDollar(claim, against.unit)) {
    // The gap may be the currency alone: `$` in an Australian story is AUD, and nothing said so.
    return about({
      verdict: 'ambiguous',
      candidates: [fact.id],
      message: `${where} conflicts with ${value} only if its "$" is ${claim.unit}, which was assumed: the article does not say which dollar (give it \`currency: ${against.unit}\` in its metadata, or pass --currency, if that is what it means)`,
    });
  }
  const gap = claim.kind === 'date' ? `${j.gap} days apart` : `gap ${formatGap(j.gap)}`;
  const message =
    j.verdict === 'match'
      ? `${where} matches ${value}`
      : j.verdict === 'rounded'
        ? `${where} fits ${value} only ${roundedThrough(claim)}: ${gap}`
        : `${where} conflicts with ${value}: ${gap}`;
  // What the user acts on says why this fact, so a wrong tie can be fixed in the ledger.
  const said = j.verdict === 'match' ? message : `${message}; ${evidence(why)}`;
  return about({ verdict: j.verdict, gap: claim.kind === 'date' ? undefined : j.gap, message: said });
}

/** `tied by "lowered", "EO 14257", rok; 2025-11 within 2025-11`: the evidence for a tie, briefly. */
function evidence(why: MatchReason): string {
  const named = [...why.terms.map((t) => `"${t}"`), ...why.entities].join(', ');
  const parts = [named ? `tied by ${named}` : 'tied by its parties alone'];
  if (why.period) parts.push(why.period);
  if (why.decidedBy) parts.push(`chosen by ${why.decidedBy}`);
  return parts.join('; ');
}

/** Currencies a bare `$` is written for. */
const DOLLARS = new Set(['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD']);

/** A money claim whose dollar was only assumed, against a fact in another dollar the `$` might have meant. */
function assumedDollar(claim: Claim, factUnit: string | null): boolean {
  return (
    claim.kind === 'money' &&
    claim.currencyFrom === 'default' &&
    factUnit !== null &&
    factUnit !== claim.unit &&
    DOLLARS.has(factUnit)
  );
}
