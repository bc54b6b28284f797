import type { Claim } from '@factledger/core';

/** Claims that share a sentence of one document, with each claim's place inside that sentence. */
export interface SentenceGroup {
  sentence: string;
  claims: Claim[];
  /** Offsets of each claim in `sentence` (same order as `claims`). */
  spans: [number, number][];
}

/**
 * Groups claims by document and sentence; each claim says where it is in its (cleaned) sentence.
 * A sentence an article repeats word for word (a pull quote, a boilerplate line, a scraped page
 * twice over) is one group per time it occurs: the n-th claim at a given place of that text goes
 * to its n-th group. One group for all copies would pit each figure against its own copies.
 */
export function groupBySentence(claims: readonly Claim[]): SentenceGroup[] {
  const groups: SentenceGroup[] = [];
  const copies = new Map<string, { groups: SentenceGroup[]; seen: Map<string, number> }>();
  for (const claim of claims) {
    const key = `${claim.document}\u0000${claim.sentence}`;
    let text = copies.get(key);
    if (!text) {
      text = { groups: [], seen: new Map() };
      copies.set(key, text);
    }
    const place = `${claim.inSentence.start}:${claim.inSentence.end}`;
    const n = text.seen.get(place) ?? 0;
    text.seen.set(place, n + 1);
    let group = text.groups[n];
    if (!group) {
      group = { sentence: claim.sentence, claims: [], spans: [] };
      text.groups.push(group);
      groups.push(group);
    }
    group.claims.push(claim);
    group.spans.push([claim.inSentence.start, claim.inSentence.end]);
  }
  return groups;
}

/**
 * The two ends of each change a sentence states ("from €40 million to €50 million"): the claim
 * that starts it and the one it ends at, found by the values each carries of the other.
 */
export function changeEnds(claims: readonly Claim[]): { from: Claim; to: Claim }[] {
  const out: { from: Claim; to: Claim }[] = [];
  for (const from of claims) {
    const change = from.change;
    if (change?.from === undefined || change.to === undefined || from.value !== change.from) continue;
    const to = claims.find(
      (c) => c !== from && c.kind === from.kind && c.value === change.to && c.change?.from === change.from,
    );
    if (to) out.push({ from, to });
  }
  return out;
}
