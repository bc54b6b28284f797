import type { Claim } from '@factledger/core';
import { changeEnds, type SentenceGroup } from './locate.js';

/** Where one clause of a sentence ends and another begins. */
const CLAUSE_BREAK = /[;:]|\b(?:that|which|who|whom|whose|while|whereas|but)\b/i;
/** Words that open a relative clause or an aside. */
const RELATIVE = /\b(?:which|who|whom|whose|that|where|when)\b/i;
/** A comma or a dash may end a clause or only an aside ("by 8.3% in 2026, to $1.19 billion"). */
const SOFT_BREAK = /,\s|\s[-–—]\s/;
/** A date introduced by a preposition ("in 2026", "as of March") says when; one used as a modifier ("the 2025 budget") names a thing. */
const TIME_PREPOSITION =
  /\b(?:in|for|during|by|through|throughout|until|till|as of|at|on)\s+(?:the\s+)?(?:(?:fiscal|calendar|financial)\s+(?:year\s+)?)?$/i;
/** A date after these is what a change is measured against ("a 19% rise over 2019"), not when it holds. */
const BASELINE = /\b(?:from|since|than|over|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?$/i;

/**
 * The time each figure of a sentence holds at, from the sentence's dates: a date in the figure's
 * own clause (no clause boundary between them), one that says "when" before one that modifies a
 * noun, one with no comma between before one past a comma, the nearer first; else a date that opens the sentence; else none — a date in another
 * clause is about another event. One date for both ends of a
 * change ("in 2025 it was cut from 25% to 15%") is the moment between them, the time of neither.
 */
export function periodsOf(group: SentenceGroup): Map<Claim, string | null> {
  const { sentence, claims, spans } = group;
  const dates = claims
    .map((claim, i) => ({ claim, span: spans[i] as [number, number] }))
    .filter((d) => d.claim.kind === 'date' && typeof d.claim.value === 'string');
  // "In 2025, …" / "From 2016 through 2019, …": a time stated before the sentence's first clause
  // is over all of it.
  const leading = dates.find(
    (d) =>
      /^\W*(?:\w+\W+){0,2}$/.test(sentence.slice(0, d.span[0])) && TIME_PREPOSITION.test(sentence.slice(0, d.span[0])),
  );
  const out = new Map<Claim, string | null>();
  claims.forEach((claim, i) => {
    if (claim.kind === 'date') {
      out.set(claim, claim.period);
      return;
    }
    const span = spans[i] as [number, number];
    let best: { value: string; rank: number } | undefined;
    for (const d of dates) {
      const between = d.span[0] >= span[1] ? sentence.slice(span[1], d.span[0]) : sentence.slice(d.span[1], span[0]);
      if (d.span[0] < span[1] && d.span[1] > span[0]) continue;
      if (CLAUSE_BREAK.test(between)) continue;
      // "Lakeview, which was founded in 2022, set …": a date inside an aside that closed before
      // the figure is the aside's.
      if (d.span[1] <= span[0] && /,/.test(between)) {
        const aside = sentence.slice(sentence.lastIndexOf(',', d.span[0]) + 1, d.span[0]);
        if (RELATIVE.test(aside)) continue;
      }
      const before = sentence.slice(Math.max(0, d.span[0] - 40), d.span[0]);
      // A change is measured against its baseline; an amount "from 2020" holds from then.
      const changing = claim.kind === 'percent' || claim.kind === 'multiplier' || claim.change !== undefined;
      if (changing && BASELINE.test(before)) continue;
      // "this year", "last month" say when by themselves.
      const when = TIME_PREPOSITION.test(before) || d.claim.date?.relative === true;
      const rank = (when ? 0 : 1000) + (SOFT_BREAK.test(between) ? 500 : 0) + between.length;
      if (!best || rank < best.rank) best = { value: d.claim.value as string, rank };
    }
    // Without dates of its own, the sentence has nothing to correct the time extract read.
    const fallback = dates.length === 0 ? claim.period : null;
    out.set(claim, best ? best.value : ((leading?.claim.value as string | undefined) ?? fallback));
  });
  for (const { from, to } of changeEnds(claims)) {
    if (out.get(to) !== out.get(from)) continue;
    out.set(from, null);
    out.set(to, null);
  }
  return out;
}
