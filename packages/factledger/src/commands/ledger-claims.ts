import { basename } from 'node:path';
import type { Claim } from '@factledger/core';
import type { FactKind, Per, SourceInput, ValueInput } from '@factledger/ledger';

/** What the ledger format needs from a claim: shared by `ledger add --from` and `ledger suggest`. */

export const PERS: readonly Per[] = ['year', 'quarter', 'month', 'week', 'day'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The claim's figure as a ledger value of `kind`, or `undefined` when the claim has none. */
export function claimValue(claim: Claim, kind: FactKind): ValueInput | undefined {
  if (typeof claim.value === 'string') return DAY.test(claim.value) ? { date: claim.value } : undefined;
  if (typeof claim.value !== 'number') return undefined;
  const value: ValueInput = { amount: claim.value };
  if (kind === 'money' && claim.unit) value.currency = claim.unit;
  else if (claim.unit) value.unit = claim.unit;
  if (claim.per && (PERS as readonly string[]).includes(claim.per)) value.per = claim.per as Per;
  return value;
}

/** The article as a source: outlet, url and date from its metadata, the sentence, the place. */
export function claimSource(claim: Claim, article: string, metadata: Readonly<Record<string, unknown>>): SourceInput {
  const text = (key: string) => (typeof metadata[key] === 'string' ? (metadata[key] as string) : undefined);
  const published = text('published');
  const url = text('url');
  const { start, end } = claim.position;
  return {
    outlet: (text('outlet') ?? basename(article)).slice(0, 200),
    ...(url ? { url } : {}),
    ...(published && DAY.test(published) ? { published } : {}),
    quote: claim.sentence.slice(0, 2000),
    article,
    position: {
      start: { line: start.line, column: start.column },
      ...(end ? { end: { line: end.line, column: end.column } } : {}),
    },
  };
}

/** A fact id from what the claim is about and when: `american-soldiers-2020-01`. */
export function claimSlug(claim: Claim): string {
  const slug = (claim.subject ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return [slug || claim.kind, claim.period ?? ''].filter(Boolean).join('-');
}

/** `new teachers (1,140)`: a first description the user is expected to improve. */
export function claimDescription(claim: Claim): string {
  return (claim.subject ? `${claim.subject} (${claim.text})` : claim.text).replace(/\s+/g, ' ');
}
