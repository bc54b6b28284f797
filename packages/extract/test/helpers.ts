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
