import type { Claim } from '@factledger/core';

/** Claims that share a sentence of one document, with each claim's place inside that sentence. */
export interface SentenceGroup {
  sentence: string;
  claims: Claim[];
  /** Offsets of each claim in `sentence` (same order as `claims`), or null when it cannot be found. */
  spans: ([number, number] | null)[];
}

/**
 * Groups claims by document and sentence, and finds each claim's text in its (cleaned) sentence:
 * claims come in source order, so the search for one starts where the previous one ended.
 */
export function groupBySentence(claims: readonly Claim[]): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  for (const claim of claims) {
    const key = `${claim.document}\u0000${claim.sentence}`;
    let group = groups.get(key);
    if (!group) {
      group = { sentence: claim.sentence, claims: [], spans: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  for (const group of groups.values()) {
    const ordered = group.claims
      .map((claim, i) => ({ claim, i }))
      .sort((a, b) => (a.claim.position.start.offset ?? 0) - (b.claim.position.start.offset ?? 0));
    let cursor = 0;
    for (const { claim, i } of ordered) {
      const text = claim.text.replace(/\s+/g, ' ');
      let at = group.sentence.indexOf(text, cursor);
      if (at === -1) at = group.sentence.indexOf(text);
      group.spans[i] = at === -1 ? null : [at, at + text.length];
      if (at !== -1) cursor = at + text.length;
    }
  }
  return [...groups.values()];
}
