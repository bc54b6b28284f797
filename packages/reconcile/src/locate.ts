import type { Claim } from '@factledger/core';

/** Claims that share a sentence of one document, with each claim's place inside that sentence. */
export interface SentenceGroup {
  sentence: string;
  claims: Claim[];
  /** Offsets of each claim in `sentence` (same order as `claims`). */
  spans: [number, number][];
}

/** Groups claims by document and sentence; each claim says where it is in its (cleaned) sentence. */
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
    group.spans.push([claim.inSentence.start, claim.inSentence.end]);
  }
  return [...groups.values()];
}
