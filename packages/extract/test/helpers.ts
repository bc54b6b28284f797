import assert from 'node:assert/strict';
import type { Claim } from '@factledger/core';
import { extractClaims } from '../src/index.js';

/** The fields a reader checks, for compact expectations. */
export function brief(c: Claim): Record<string, unknown> {
  return { kind: c.kind, text: c.text, value: c.value, unit: c.unit, hedge: c.hedge };
}

export function claimsOf(text: string, published = '2024-03-15'): Claim[] {
  return extractClaims(text, { published });
}

export function find(claims: Claim[], text: string): Claim {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim ${JSON.stringify(text)} in ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

/** Each claim of a text as `kind text`: what a filter's tests expect, in a line. */
export const texts = (text: string): string[] => claimsOf(text).map((c) => `${c.kind} ${c.text}`);

/** Asserts that no text of the list yields a claim. */
export function assertNoClaims(list: readonly string[]): void {
  for (const s of list) assert.deepEqual(texts(s), [], s);
}
