import type { Claim } from '@factledger/core';
import type { Ledger } from '@factledger/ledger';
import { checkArithmetic } from './arithmetic.js';
import { factFinding } from './check-facts.js';
import { compareArticles, type Matched } from './compare-articles.js';
import { checkConversion } from './conversion.js';
import { FactIndex } from './fact-index.js';
import type { ArticleSource, Finding } from './finding.js';
import { groupBySentence } from './locate.js';
import { matchClaim, SentenceScan } from './match.js';
import type { Tuning } from './quantity.js';

/** What reconcile knows about an article beyond its claims. */
export interface ArticleInfo {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the time a claim with no period of its own is read at. */
  published?: string;
  /** Named in messages next to the file. */
  outlet?: string;
}

export interface ReconcileOptions {
  /** Per article, keyed by the claims' `document`. */
  articles?: Record<string, ArticleInfo>;
  /** How far a hedge ("about", "nearly", "up to") reaches beyond the stated precision, relative (default 0.1). */
  band?: number;
  /** Largest relative shift rounding may cause and still be a `match` rather than `rounded` (default 0.005). */
  exactness?: number;
  /** Relative tolerance of a ledger exchange rate that has no `tolerance` of its own (default 0.02). */
  rateTolerance?: number;
  /** Compare claims about the same fact across articles (default true). */
  compareArticles?: boolean;
}

const RULE_ORDER = { fact: 0, conversion: 1, arithmetic: 2, 'cross-article': 3 } as const;

function tuningOf(options: ReconcileOptions): Tuning {
  const get = (name: 'band' | 'exactness' | 'rateTolerance', fallback: number): number => {
    const v = options[name];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v >= 1) {
      throw new TypeError(`Unexpected \`${name}\` option \`${String(v)}\`, expected a number from 0 to 1`);
    }
    return v;
  };
  return { band: get('band', 0.1), exactness: get('exactness', 0.005), rateTolerance: get('rateTolerance', 0.02) };
}

/**
 * Matches every claim to at most one ledger fact and judges it, rounding- and hedge-aware; checks
 * parenthetical conversions against the ledger's rates, stated changes against the figures they
 * come from, and claims about one fact in different articles against each other.
 *
 * @example
 *   const findings = reconcile(extractClaims(doc), await loadLedger('ledger.yaml'), {
 *     articles: { [doc.id]: { published: doc.metadata.published } },
 *   });
 */
export function reconcile(claims: readonly Claim[], ledger: Ledger, options: ReconcileOptions = {}): Finding[] {
  const tuning = tuningOf(options);
  const index = new FactIndex(ledger);
  const articles = options.articles ?? {};
  const sourceOf = (claim: Claim): ArticleSource => {
    const info = articles[claim.document];
    return {
      file: claim.document,
      ...(info?.outlet ? { outlet: info.outlet } : {}),
      ...(info?.published ? { published: info.published } : {}),
    };
  };
  const findings: Finding[] = [];
  const matched: Matched[] = [];
  for (const group of groupBySentence(claims)) {
    const scan = new SentenceScan(group, index);
    for (const claim of group.claims) {
      const source = sourceOf(claim);
      const result = matchClaim({ claim, published: source.published }, scan, index, tuning);
      const f = factFinding(claim, result, ledger, source);
      findings.push(f);
      if (f.fact && f.verdict !== 'ambiguous') {
        matched.push({ claim, fact: f.fact, source, when: claim.period ?? source.published });
      }
      const original = claim.conversionOf && group.claims.find((c) => c.id === claim.conversionOf);
      if (original) {
        const when = claim.period ?? original.period ?? source.published;
        const c = checkConversion(claim, original, ledger, when, tuning, source);
        if (c) findings.push(c);
      }
    }
    const first = group.claims[0];
    if (first) findings.push(...checkArithmetic(group, tuning, sourceOf(first)));
  }
  if (options.compareArticles !== false) findings.push(...compareArticles(matched, ledger, tuning));
  const order = new Map<string, number>();
  for (const c of claims) if (!order.has(c.document)) order.set(c.document, order.size);
  return findings.sort(
    (a, b) =>
      (order.get(a.claim.document) ?? 0) - (order.get(b.claim.document) ?? 0) ||
      (a.claim.position.start.offset ?? 0) - (b.claim.position.start.offset ?? 0) ||
      RULE_ORDER[a.rule] - RULE_ORDER[b.rule],
  );
}
