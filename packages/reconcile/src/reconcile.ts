import type { Claim } from '@factledger/core';
import type { Fact, Ledger } from '@factledger/ledger';
import { checkArithmetic } from './arithmetic.js';
import { factFinding } from './check-facts.js';
import { ClaimStore } from './claim-store.js';
import { compareArticles, type Matched } from './compare-articles.js';
import { checkConversion } from './conversion.js';
import { FactIndex } from './fact-index.js';
import type { ArticleSource, Finding } from './finding.js';
import { groupBySentence, type SentenceGroup } from './locate.js';
import { type MatchResult, matchSentence } from './match.js';
import { periodsOf } from './period.js';
import type { Tuning } from './quantity.js';
import { ledgersFor } from './scope.js';
import { SentenceScan } from './sentence-scan.js';

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
  /** Compare claims about the same valueless fact across articles (default true). */
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
 * come from, and claims about one valueless fact in different articles against each other.
 *
 * Several ledgers (one per topic) may be given: each article is checked against the ledgers it is
 * about, and each figure gets one finding, from the fact that fits it best in any of them.
 *
 * @example
 *   const findings = reconcile(extractClaims(doc), await loadLedger('ledger.yaml'), {
 *     articles: { [doc.id]: { published: doc.metadata.published } },
 *   });
 */
export function reconcile(
  claims: readonly Claim[],
  ledgers: Ledger | readonly Ledger[],
  options: ReconcileOptions = {},
): Finding[] {
  const reconciler = new Reconciler(ledgers, options);
  const byDocument = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byDocument.get(claim.document);
    if (list) list.push(claim);
    else byDocument.set(claim.document, [claim]);
  }
  // Each article's findings come back in the order of its text; the comparisons across articles
  // join their article's run by place, after its own findings at the same place.
  const runs = new Map<string, Finding[]>();
  for (const [doc, list] of byDocument) runs.set(doc, reconciler.article(list, options.articles?.[doc]));
  const across = new Map<string, Finding[]>();
  for (const f of reconciler.crossArticle()) {
    const list = across.get(f.claim.document);
    if (list) list.push(f);
    else across.set(f.claim.document, [f]);
  }
  const findings: Finding[] = [];
  for (const [doc, run] of runs) merge(run, across.get(doc)?.sort(byPlace) ?? [], findings);
  return findings;
}

/** Merges two runs sorted by place into `out`, the first run's finding first where they tie. */
function merge(first: readonly Finding[], second: readonly Finding[], out: Finding[]): void {
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    out.push(
      byPlace(first[i] as Finding, second[j] as Finding) <= 0 ? (first[i++] as Finding) : (second[j++] as Finding),
    );
  }
  while (i < first.length) out.push(first[i++] as Finding);
  while (j < second.length) out.push(second[j++] as Finding);
}

function byPlace(a: Finding, b: Finding): number {
  return (
    (a.claim.position.start.offset ?? 0) - (b.claim.position.start.offset ?? 0) ||
    RULE_ORDER[a.rule] - RULE_ORDER[b.rule]
  );
}

/**
 * `reconcile` one article at a time, for a caller that cannot hold every article at once (a
 * crawler, a stream of submissions). Each article's findings come back as soon as it is checked;
 * what needs several articles — claims about a valueless fact compared across them — comes from
 * `crossArticle()`, over the articles seen so far. It keeps only those claims, not the articles.
 */
export class Reconciler {
  readonly #indexes: FactIndex[];
  readonly #tuning: Tuning;
  readonly #compare: boolean;
  /**
   * Per valueless fact, in the order first met: the claims kept for the cross-article step, by
   * their number in `#claims` and their article's in `#sources`.
   */
  readonly #kept = new Map<Fact, { ledger: Ledger; claims: number[]; sources: number[] }>();
  readonly #claims = new ClaimStore();
  readonly #sources: ArticleSource[] = [];

  constructor(ledgers: Ledger | readonly Ledger[], options: Omit<ReconcileOptions, 'articles'> = {}) {
    this.#tuning = tuningOf(options);
    this.#indexes = (Array.isArray(ledgers) ? ledgers : [ledgers as Ledger]).map((l) => new FactIndex(l));
    this.#compare = options.compareArticles !== false;
  }

  /** The findings for one article's claims (all of one `document`), in the order of the text. */
  article(claims: readonly Claim[], info: ArticleInfo = {}): Finding[] {
    const first = claims[0];
    if (!first) return [];
    const source: ArticleSource = {
      file: first.document,
      ...(info.outlet ? { outlet: info.outlet } : {}),
      ...(info.published ? { published: info.published } : {}),
    };
    const findings = this.#check(groupBySentence(claims), source);
    return findings.sort(byPlace);
  }

  #keep(claim: Claim, fact: Fact, ledger: Ledger, source: ArticleSource): void {
    if (this.#sources.at(-1) !== source) this.#sources.push(source);
    let kept = this.#kept.get(fact);
    if (!kept) {
      kept = { ledger, claims: [], sources: [] };
      this.#kept.set(fact, kept);
    }
    kept.claims.push(this.#claims.add(claim));
    kept.sources.push(this.#sources.length - 1);
  }

  /** Claims about one valueless fact in different articles, judged against each other. */
  crossArticle(): Finding[] {
    return [...this.crossArticleFindings()];
  }

  /**
   * The same findings as {@link crossArticle}, one fact at a time as they are judged: for a caller
   * that writes each as it comes, so the end of a long run never holds all of them at once.
   */
  *crossArticleFindings(): Generator<Finding> {
    if (this.#compare) yield* compareArticles(this.#keptByFact(), this.#tuning);
  }

  /** Each fact's kept claims as objects again, one fact at a time. */
  *#keptByFact(): Generator<Matched[]> {
    for (const [fact, kept] of this.#kept) {
      yield kept.claims.map((n, k) => {
        const claim = this.#claims.get(n);
        const source = this.#sources[kept.sources[k] as number] as ArticleSource;
        return { claim, fact, ledger: kept.ledger, source, when: claim.period ?? source.published };
      });
    }
  }

  #check(docGroups: readonly SentenceGroup[], source: ArticleSource): Finding[] {
    const tuning = this.#tuning;
    const findings: Finding[] = [];
    const applicable = ledgersFor(
      docGroups.map((g) => g.sentence),
      this.#indexes,
    );
    const scans = docGroups.map((group) => applicable.map((index) => new SentenceScan(group, index)));
    // The parties an article names anywhere, per ledger: a fact about parties it never names is
    // not what its figures are about, however its words fit.
    const named = new Map<FactIndex, Set<string>>();
    const spread = new Map<FactIndex, Map<string, number>>();
    for (const row of scans) {
      for (const scan of row) {
        const set = named.get(scan.index) ?? new Set<string>();
        for (const id of scan.namedEntities()) set.add(id);
        named.set(scan.index, set);
        const counts = spread.get(scan.index) ?? new Map<string, number>();
        for (const key of scan.termKeys()) counts.set(key, (counts.get(key) ?? 0) + 1);
        spread.set(scan.index, counts);
      }
    }
    docGroups.forEach((group, g) => {
      const periods = periodsOf(group);
      const results = matchSentence(
        group,
        scans[g] as SentenceScan[],
        (claim) => ({
          claim,
          published: source.published,
          period: periods.get(claim) ?? null,
          named: (index) => named.get(index) ?? new Set(),
          spread: (index, key) => spread.get(index)?.get(key) ?? 1,
        }),
        tuning,
      );
      for (const claim of group.claims) {
        const result = results.get(claim) as MatchResult;
        const ledger = result.type === 'matched' ? result.candidate.index.ledger : applicable[0]?.ledger;
        const f = factFinding(claim, result, ledger);
        findings.push(f);
        if (this.#compare && result.type === 'matched' && result.confident && f.verdict === 'unmatched') {
          // A fact without a value: what other articles say about it is the only check there is.
          // Kept until the run ends, so kept as a copy, packed (see ClaimStore): the claim's strings
          // are slices of its article's text, and would hold every article of an archive in memory.
          this.#keep(claim, result.candidate.fact, result.candidate.index.ledger, source);
        }
        const original = claim.conversionOf && group.claims.find((c) => c.id === claim.conversionOf);
        if (original && ledger) {
          const when = claim.period ?? original.period ?? source.published;
          const c = checkConversion(claim, original, ledger, when, tuning);
          if (c) findings.push(c);
        }
      }
      for (const f of checkArithmetic(group, tuning)) findings.push(f);
    });
    return findings;
  }
}
