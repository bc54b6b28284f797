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

function before(a: Point, b: Point): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** One rule of one directive (`rule` null for all) and the stretch of the article it silences. */
interface Region {
  directive: Directive;
  rule: string | null;
  covers: (at: Point) => boolean;
  /** Where a block ends, for the message. */
  until?: Directive;
  used: boolean;
}

/**
 * The stretches each directive silences, rule by rule. A `disable` runs to an `enable` that names
 * the same rule (a bare `enable` ends every block) or to the end of the file.
 */
function regions(directives: readonly Directive[]): Region[] {
  const out: Region[] = [];
  const open: Region[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') {
      for (let k = open.length - 1; k >= 0; k--) {
        const region = open[k] as Region;
        if (d.rules.length > 0 && (region.rule === null || !d.rules.includes(region.rule))) continue;
        const from = region.directive.position.end;
        const to = d.position.start;
        region.covers = (at) => !before(at, from) && before(at, to);
        region.until = d;
        open.splice(k, 1);
      }
      continue;
    }
    const rules = d.rules.length > 0 ? d.rules : [null];
    for (const rule of rules) {
      let covers: Region['covers'];
      if (onLine(d)) {
        const line = d.line;
        covers = (at) => at.line === line;
      } else {
        const from = d.position.end;
        covers = (at) => !before(at, from);
      }
      const region: Region = { directive: d, rule, covers, used: false };
      out.push(region);
      if (d.kind === 'disable') open.push(region);
    }
  }
  return out;
}

function staleMessage(region: Region): string {
  const { directive: d, rule } = region;
  const name = `factledger-${d.kind}`;
  if (rule !== null && !knownPattern(rule)) {
    return `Unknown rule \`${rule}\` in ${name}, expected \`<check>/<verdict>\` as the report prints it, e.g. \`fact/conflict\` or \`fact/*\``;
  }
  const what = rule === null ? 'no finding' : `no \`${rule}\` finding`;
  const where = onLine(d)
    ? `on line ${d.line}`
    : region.until
      ? `before the factledger-enable on line ${region.until.position.start.line}`
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
  const byId = reviewedById(reviewed);
  const all = regions(directives);
  const usable = all.filter((r) => r.rule === null || knownPattern(r.rule));
  const out = findings.map((f) => {
    if (!suppressible(f)) return f;
    const suppressions: Suppression[] = [];
    for (const region of usable) {
      if (!region.covers(f.claim.position.start) || (region.rule !== null && !matches(region.rule, f))) continue;
      region.used = true;
      // A directive that names two rules a finding both fits is one suppression, not two.
      if (suppressions.some((s) => s.position === region.directive.position)) continue;
      const { reason, position } = region.directive;
      suppressions.push({ kind: 'inSource', ...(reason ? { justification: reason } : {}), position });
    }
    const entry = byId.get(f.id);
    if (entry) suppressions.push({ kind: 'external', ...(entry.reason ? { justification: entry.reason } : {}) });
    return suppressions.length > 0 ? { ...f, suppressions: [...(f.suppressions ?? []), ...suppressions] } : f;
  });
  const stale = all
    .filter((r) => !r.used)
    .map((r) => ({ directive: r.directive, rule: r.rule, message: staleMessage(r) }));
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
 *   report(run.crossArticle(reconciler.crossArticle()));
 *   for (const w of run.stale()) warn(w);
 */
export class SuppressionRun {
  readonly #reviewed: readonly ReviewedFinding[];
  readonly #ids: Map<string, ReviewedFinding>;
  readonly #used = new Set<string>();
  /** Per article with directives: them, and those still stale. */
  readonly #articles = new Map<string, { directives: readonly Directive[]; stale: StaleDirective[] }>();

  constructor(reviewed: readonly ReviewedFinding[] = []) {
    this.#ids = reviewedById(reviewed);
    this.#reviewed = reviewed;
  }

  /** One article's findings, silenced by its directives and the reviewed list. */
  article(file: string, findings: readonly Finding[], directives: readonly Directive[] = []): Finding[] {
    const result = suppressFindings(findings, directives, this.#reviewed);
    this.#see(result.findings);
    if (directives.length > 0) this.#articles.set(file, { directives, stale: result.stale });
    return result.findings;
  }

  /**
   * Findings about articles already given, each silenced by its own article's directives: the
   * comparisons across articles that come after them, or a whole run's findings at once.
   */
  silence(findings: readonly Finding[]): Finding[] {
    const byFile = new Map<string, number[]>();
    findings.forEach((f, k) => {
      const list = byFile.get(f.claim.file);
      if (list) list.push(k);
      else byFile.set(f.claim.file, [k]);
    });
    const out = [...findings];
    for (const [file, indexes] of byFile) {
      const known = this.#articles.get(file);
      const result = suppressFindings(
        indexes.map((k) => findings[k] as Finding),
        known?.directives ?? [],
        this.#reviewed,
      );
      indexes.forEach((k, n) => {
        out[k] = result.findings[n] as Finding;
      });
      // Stale now only if stale for the article's own findings and for these.
      if (known) {
        known.stale = known.stale.filter((s) =>
          result.stale.some((t) => t.directive === s.directive && t.rule === s.rule),
        );
      }
    }
    this.#see(out);
    return out;
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
