import type { Directive, LineDirective, Point, Position } from '@factledger/core';
import type { Finding, Rule, Verdict } from './finding.js';

/**
 * Why a finding is silenced, as SARIF words it: `inSource` for a directive comment in the article,
 * `external` for an entry of the configuration's reviewed list. A suppressed finding is still
 * reported (JSON, SARIF) but fails no run.
 */
export interface Suppression {
  kind: 'inSource' | 'external';
  /** The directive's ` -- reason`, or the reviewed entry's reason. */
  justification?: string;
  /** The directive comment in the article, for `inSource`. */
  position?: Position;
}

/** A finding someone looked at and accepted, named by its stable `id`. */
export interface ReviewedFinding {
  id: string;
  reason: string;
}

/** A suppression that silenced nothing: a warning for the user, like ESLint's unused directives. */
export interface StaleSuppression {
  /** The article the directive is in; null for a reviewed entry, which is in the caller's configuration. */
  file: string | null;
  /** The directive comment; null for a reviewed entry. */
  position: Position | null;
  message: string;
}

/** A rule of a directive that silenced nothing in its article (`rule` null when it names none). */
export interface StaleDirective {
  directive: Directive;
  rule: string | null;
  message: string;
}

export interface SuppressResult {
  /** The findings in the order given, each silenced one a copy with its `suppressions`. */
  findings: Finding[];
  stale: StaleDirective[];
}

// Records, so a check or verdict added to the types must be added here too.
const CHECKS: Record<Rule, true> = { fact: true, conversion: true, arithmetic: true, 'cross-article': true };
const VERDICTS: Record<Verdict, true> = {
  match: true,
  rounded: true,
  conflict: true,
  ambiguous: true,
  unmatched: true,
};

/** A figure that matches its fact is no problem: nothing to silence, and no use for a directive. */
function suppressible(f: Finding): boolean {
  return f.verdict !== 'match';
}

/** Whether `pattern` (`fact/conflict`, `fact/*`, `*\/rounded`) is a rule id that can match; `*` parts match any. */
function knownPattern(pattern: string): boolean {
  const [check, verdict, ...more] = pattern.split('/');
  if (check === undefined || verdict === undefined || more.length > 0) return false;
  return (check === '*' || Object.hasOwn(CHECKS, check)) && (verdict === '*' || Object.hasOwn(VERDICTS, verdict));
}

function matches(pattern: string, f: Finding): boolean {
  const [check, verdict] = pattern.split('/');
  return (check === '*' || check === f.rule) && (verdict === '*' || verdict === f.verdict);
}

function onLine(d: Directive): d is LineDirective {
  return d.kind === 'disable-line' || d.kind === 'disable-next-line';
}

function compare(a: Point, b: Point): number {
  return a.line - b.line || a.column - b.column;
}

function before(a: Point, b: Point): boolean {
  return compare(a, b) < 0;
}

/** One rule of one directive (`rule` null for all): stale until a finding it covers is seen. */
interface Use {
  directive: Directive;
  rule: string | null;
  used: boolean;
  /** The `enable` that ended a block, for the message. */
  until?: Directive;
}

/** A rule as an index key: `''` for a directive that names none. */
const keyOf = (rule: string | null): string => rule ?? '';
const keyMatches = (key: string, f: Finding): boolean => key === '' || matches(key, f);

function staleMessage(use: Use): string {
  const { directive: d, rule } = use;
  const name = `factledger-${d.kind}`;
  if (rule !== null && !knownPattern(rule)) {
    return `Unknown rule \`${rule}\` in ${name}, expected \`<check>/<verdict>\` as the report prints it, e.g. \`fact/conflict\` or \`fact/*\``;
  }
  const what = rule === null ? 'no finding' : `no \`${rule}\` finding`;
  const where = onLine(d)
    ? `on line ${d.line}`
    : use.until
      ? `before the factledger-enable on line ${use.until.position.start.line}`
      : 'after it';
  return `Unused ${name} directive (${what} ${where})`;
}

function validReviewed(reviewed: unknown): asserts reviewed is readonly ReviewedFinding[] {
  if (!Array.isArray(reviewed)) throw new TypeError('Expected `reviewed` to be an array of `{ id, reason }`');
  reviewed.forEach((entry: unknown, k) => {
    const e = entry as Partial<ReviewedFinding> | null;
    if (typeof e !== 'object' || e === null || typeof e.id !== 'string' || e.id === '') {
      throw new TypeError(`Expected \`reviewed[${k}].id\` to be a finding id (a non-empty string)`);
    }
    if (typeof e.reason !== 'string') throw new TypeError(`Expected \`reviewed[${k}].reason\` to be a string`);
  });
}

/** The reviewed list by id: the first entry for an id gives its reason. */
function reviewedById(reviewed: readonly ReviewedFinding[]): Map<string, ReviewedFinding> {
  validReviewed(reviewed);
  const byId = new Map<string, ReviewedFinding>();
  for (const entry of reviewed) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
}

/**
 * Silences one article's findings by its directives and by the reviewed list: each finding a
 * directive or a reviewed entry covers is returned as a copy with its `suppressions`; the others
 * as they are. A directive rule that covers no finding is returned as stale (an unknown rule
 * always is). A directive covers a finding by where the finding's figure starts; a figure that
 * matches its fact is never silenced.
 *
 * @example
 *   const { findings, stale } = suppressFindings(reconciler.article(claims), doc.directives, [
 *     { id: '3f2a9c0d1e4b5a6c', reason: 'the ledger rounds; checked with the desk' },
 *   ]);
 */
export function suppressFindings(
  findings: readonly Finding[],
  directives: readonly Directive[],
  reviewed: readonly ReviewedFinding[] = [],
): SuppressResult {
  return suppressWith(findings, directives, reviewedById(reviewed));
}

function suppressWith(
  findings: readonly Finding[],
  directives: readonly Directive[],
  byId: ReadonlyMap<string, ReviewedFinding>,
): SuppressResult {
  // In source order, as parse gives them: the sweep below relies on it, whoever the caller is.
  directives = [...directives].sort((a, b) => compare(a.position.start, b.position.start));
  const uses: Use[] = [];
  // Line directives by line, then by rule: what a finding looks up is its line's, not every directive.
  const lines = new Map<number, Map<string, Use[]>>();
  const blocks = new Map<Directive, Use[]>();
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const own: Use[] = [];
    for (const rule of d.rules.length > 0 ? d.rules : [null]) {
      const use: Use = { directive: d, rule, used: false };
      uses.push(use);
      // An unknown rule silences nothing: it stays stale, with a message that says why.
      if (rule === null || knownPattern(rule)) own.push(use);
    }
    if (onLine(d)) {
      const byRule = lines.get(d.line) ?? new Map<string, Use[]>();
      lines.set(d.line, byRule);
      for (const use of own) {
        const list = byRule.get(keyOf(use.rule));
        if (list) list.push(use);
        else byRule.set(keyOf(use.rule), [use]);
      }
    } else blocks.set(d, own);
  }

  // The open blocks by rule, in the order they opened, and how many of each are marked used: a
  // sweep over the findings in place order, so a run costs findings × rules, not × directives.
  const open = new Map<string, Use[]>();
  const marked = new Map<string, number>();
  const silenced = new Map<Finding, Suppression[]>();
  const silence = (f: Finding) => {
    let nearest: Directive | undefined;
    for (const [key, list] of lines.get(f.claim.position.start.line) ?? []) {
      if (!keyMatches(key, f)) continue;
      for (const use of list) use.used = true;
      nearest ??= list[0]?.directive;
    }
    let latest: Directive | undefined;
    for (const [key, stack] of open) {
      if (!keyMatches(key, f)) continue;
      for (let k = marked.get(key) ?? 0; k < stack.length; k++) (stack[k] as Use).used = true;
      marked.set(key, stack.length);
      const top = (stack.at(-1) as Use).directive;
      if (!latest || before(latest.position.start, top.position.start)) latest = top;
    }
    // One comment speaks for the finding: the one on its line, else the block opened last.
    const d = nearest ?? latest;
    const suppressions: Suppression[] = [];
    if (d)
      suppressions.push({ kind: 'inSource', ...(d.reason ? { justification: d.reason } : {}), position: d.position });
    const entry = byId.get(f.id);
    if (entry) suppressions.push({ kind: 'external', ...(entry.reason ? { justification: entry.reason } : {}) });
    if (suppressions.length > 0) silenced.set(f, suppressions);
  };
  const order = findings.filter(suppressible).sort((a, b) => compare(a.claim.position.start, b.claim.position.start));
  let next = 0;
  const upTo = (limit: Point) => {
    while (next < order.length && before((order[next] as Finding).claim.position.start, limit))
      silence(order[next++] as Finding);
  };
  for (const d of directives) {
    if (d.kind === 'enable') {
      upTo(d.position.start);
      const keys = d.rules.length > 0 ? d.rules : [...open.keys()];
      for (const key of keys) {
        for (const use of open.get(key) ?? []) use.until = d;
        open.delete(key);
        marked.delete(key);
      }
    } else if (d.kind === 'disable') {
      upTo(d.position.end);
      for (const use of blocks.get(d) ?? []) {
        const stack = open.get(keyOf(use.rule));
        if (stack) stack.push(use);
        else open.set(keyOf(use.rule), [use]);
      }
    }
  }
  while (next < order.length) silence(order[next++] as Finding);

  const out = findings.map((f) => {
    const suppressions = silenced.get(f);
    // Object.assign, not a spread and a new key: on Node 20 that gives every object a hidden class of its own.
    return suppressions ? Object.assign({}, f, { suppressions: [...(f.suppressions ?? []), ...suppressions] }) : f;
  });
  const stale = uses
    .filter((u) => !u.used)
    .map((u) => ({ directive: u.directive, rule: u.rule, message: staleMessage(u) }));
  return { findings: out, stale };
}

/** Whether a finding is silenced: reported, but failing no run and left out of the text and annotations. */
export function isSuppressed(finding: Pick<Finding, 'suppressions'>): boolean {
  return (finding.suppressions?.length ?? 0) > 0;
}

/**
 * Suppressions over a whole run, article by article: what only the end of a run can tell. A
 * directive may silence a finding that comes later (a comparison across articles), so a stale
 * directive is kept until `stale()`; a reviewed id is stale when no article had a finding with it.
 *
 * @example
 *   const run = new SuppressionRun(config.reviewed);
 *   for (const doc of docs) report(run.article(doc.id, reconciler.article(claimsOf(doc)), doc.directives));
 *   report(run.silence(reconciler.crossArticle()));
 *   for (const w of run.stale()) warn(w);
 */
export class SuppressionRun {
  // Validated and indexed once for the run, not once an article.
  readonly #ids: Map<string, ReviewedFinding>;
  readonly #used = new Set<string>();
  /** Per article with directives: them, and those still stale. */
  readonly #articles = new Map<string, { directives: readonly Directive[]; stale: StaleDirective[] }>();

  constructor(reviewed: readonly ReviewedFinding[] = []) {
    this.#ids = reviewedById(reviewed);
  }

  /** One article's findings, silenced by its directives and the reviewed list. */
  article(file: string, findings: readonly Finding[], directives: readonly Directive[] = []): Finding[] {
    const result = suppressWith(findings, directives, this.#ids);
    this.#see(result.findings);
    if (directives.length > 0) this.#articles.set(file, { directives, stale: result.stale });
    return result.findings;
  }

  /**
   * Findings about articles already given, each silenced by its own article's directives: the
   * comparisons across articles that come after them, or a whole run's findings at once.
   */
  silence(findings: readonly Finding[]): Finding[] {
    return [...this.silenceEach(findings)];
  }

  /**
   * {@link silence} one finding at a time, as `findings` gives them: for findings written as they
   * are judged. A directive covers a finding by the finding's place alone, so each is silenced on
   * its own, and a directive is stale only if it silenced none of them.
   */
  *silenceEach(findings: Iterable<Finding>): Generator<Finding> {
    for (const f of findings) {
      const known = this.#articles.get(f.claim.file);
      if (!known && this.#ids.size === 0) {
        yield f;
        continue;
      }
      const result = suppressWith([f], known?.directives ?? [], this.#ids);
      // Stale now only if stale for the article's own findings and for this one.
      if (known) {
        known.stale = known.stale.filter((s) =>
          result.stale.some((t) => t.directive === s.directive && t.rule === s.rule),
        );
      }
      const out = result.findings[0] as Finding;
      this.#see([out]);
      yield out;
    }
  }

  /** Every directive that silenced nothing, by article in the order given, then every reviewed id no finding had. */
  stale(): StaleSuppression[] {
    const out: StaleSuppression[] = [];
    for (const [file, { stale }] of this.#articles) {
      for (const s of stale) out.push({ file, position: s.directive.position, message: s.message });
    }
    for (const [id] of this.#ids) {
      if (this.#used.has(id)) continue;
      out.push({
        file: null,
        position: null,
        message: `Unused reviewed entry \`${id}\` (no finding to silence has this id): remove it from \`reviewed\`, or check the id against the JSON report`,
      });
    }
    return out;
  }

  /** A reviewed id is used when it silenced a finding: one that now matches its fact needs it no more. */
  #see(findings: readonly Finding[]): void {
    for (const f of findings) if (f.suppressions?.some((s) => s.kind === 'external')) this.#used.add(f.id);
  }
}
