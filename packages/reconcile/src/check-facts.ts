import type { Claim } from '@factledger/core';
import type { Fact, Ledger } from '@factledger/ledger';
import { finding } from './build.js';
import type { ArticleSource, FactAgainst, Finding, MatchReason } from './finding.js';
import { type Candidate, doubt, type MatchResult } from './match.js';
import { factName, formatGap, formatValue, place, quote, roundedThrough } from './message.js';

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

/** The fact's value as a message shows it, with the conversion when there was one. */
function factValueText(against: FactAgainst): string {
  if (against.value === null) return 'no value';
  const own = formatValue(against.value, against.unit);
  const c = against.converted;
  if (!c) return own;
  const rate = c.rate ? ` at ${c.rate.rate} ${c.rate.currency}/${c.rate.per} (${c.rate.when})` : '';
  return `${own} = ${formatValue(c.value, c.unit)}${rate}`;
}

/** The finding for one claim's match against the ledger. */
export function factFinding(
  claim: Claim,
  result: MatchResult,
  ledger: Ledger | undefined,
  source: ArticleSource,
): Finding {
  const where = `${quote(claim)} (${place(claim, source)})`;
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
  const base = { rule: 'fact' as const, claim, fact: fact.id, against, why, key: fact.id };
  const name = factName(fact);
  if (!j) {
    return finding({
      ...base,
      verdict: 'unmatched',
      message: `${where} is about ${name}, which holds no value: it is compared with other articles instead`,
    });
  }
  const value = factValueText(against);
  const gap = claim.kind === 'date' ? `${j.gap} days apart` : `gap ${formatGap(j.gap)}`;
  const message =
    j.verdict === 'match'
      ? `${where} matches ${value} (${name})`
      : j.verdict === 'rounded'
        ? `${value} (${name}) is within ${where} only ${roundedThrough(claim)}: ${gap}`
        : `${where} conflicts with ${value} (${name}): ${gap}`;
  // What the user acts on says why this fact, so a wrong tie can be fixed in the ledger.
  const said = j.verdict === 'match' ? message : `${message}; ${evidence(why)}`;
  return finding({ ...base, verdict: j.verdict, gap: claim.kind === 'date' ? undefined : j.gap, message: said });
}

/** `tied by "lowered", "EO 14257", rok; 2025-11 within 2025-11`: the evidence for a tie, briefly. */
function evidence(why: MatchReason): string {
  const named = [...why.terms.map((t) => `"${t}"`), ...why.entities].join(', ');
  const parts = [named ? `tied by ${named}` : 'tied by its parties alone'];
  if (why.period) parts.push(why.period);
  if (why.decidedBy) parts.push(`chosen by ${why.decidedBy}`);
  return parts.join('; ');
}
