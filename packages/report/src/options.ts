import type { Severity } from '@factledger/reconcile';

export const FORMATS = ['text', 'json', 'jsonl', 'sarif', 'github', 'html'] as const;

/** The information findings a text report can list besides errors and warnings. */
export const SHOWABLE = ['match', 'unmatched'] as const;
export type Showable = (typeof SHOWABLE)[number];

/** Threshold names: `none` fails no run (report only). */
export type FailOn = 'error' | 'warning' | 'none';
export type ReportFormat = (typeof FORMATS)[number];

export interface ReportOptions {
  /**
   * The directory file paths are made relative to: the repository root in CI, so SARIF uris and
   * annotation paths are repo-relative as code scanning and the runner require. Default: `process.cwd()`.
   */
  cwd?: string;
  /** The source text of each article, keyed by the file as findings name it (`claim.file`). */
  articles?: Record<string, string>;
  /**
   * Articles that could not be read (missing, too large, not UTF-8, unreadable), keyed by file as
   * the caller named it, each with the reason. The text report lists them as not checked, never as
   * clean.
   */
  unreadable?: Record<string, string>;
  /** ANSI colour in `text`; the caller decides (TTY, `NO_COLOR`, `TERM=dumb`, `--no-color`). Default false. */
  color?: boolean;
  /**
   * The lowest severity that fails a run, or `none` (the run only reports); the HTML report states
   * whether this run fails. Default `error`.
   */
  failOn?: FailOn;
  /**
   * Which information findings the text report lists, by verdict (`['match', 'unmatched']` for
   * all); the others are only counted in its summary. Errors and warnings are always listed; the
   * machine formats always carry everything. Default: none.
   */
  show?: readonly Showable[];
}

export interface ResolvedOptions {
  cwd: string;
  articles: Record<string, string>;
  unreadable: Record<string, string>;
  color: boolean;
  failOn: FailOn;
  show: ReadonlySet<Showable>;
}

/** Bad options fail early with a `TypeError` that names the option, like unified's do. */
export function resolveOptions(options: ReportOptions | undefined): ResolvedOptions {
  const o = options ?? {};
  if (typeof o !== 'object' || o === null) throw new TypeError('Expected `options` to be an object');
  if (o.cwd !== undefined && (typeof o.cwd !== 'string' || o.cwd === '')) {
    throw new TypeError('Expected `cwd` to be a non-empty string');
  }
  if (o.articles !== undefined) {
    if (typeof o.articles !== 'object' || o.articles === null || Array.isArray(o.articles)) {
      throw new TypeError('Expected `articles` to be an object of file → source text');
    }
    for (const [file, text] of Object.entries(o.articles)) {
      if (typeof text !== 'string') throw new TypeError(`Expected \`articles["${file}"]\` to be a string`);
    }
  }
  if (o.unreadable !== undefined) {
    if (typeof o.unreadable !== 'object' || o.unreadable === null || Array.isArray(o.unreadable)) {
      throw new TypeError('Expected `unreadable` to be an object of file → reason');
    }
    for (const [file, reason] of Object.entries(o.unreadable)) {
      if (typeof reason !== 'string') throw new TypeError(`Expected \`unreadable["${file}"]\` to be a string`);
    }
  }
  if (o.color !== undefined && typeof o.color !== 'boolean') throw new TypeError('Expected `color` to be a boolean');
  if (o.failOn !== undefined && o.failOn !== 'error' && o.failOn !== 'warning' && o.failOn !== 'none') {
    throw new TypeError(`Unexpected \`failOn\` \`${String(o.failOn)}\`, expected \`error\`, \`warning\` or \`none\``);
  }
  if (o.show !== undefined) {
    const bad = Array.isArray(o.show)
      ? o.show.find((v) => !(SHOWABLE as readonly unknown[]).includes(v))
      : (o.show as unknown);
    if (bad !== undefined || !Array.isArray(o.show)) {
      throw new TypeError(
        `Unexpected \`show\` \`${String(bad)}\`, expected an array of ${SHOWABLE.map((v) => `\`${v}\``).join(', ')}`,
      );
    }
  }
  return {
    cwd: o.cwd ?? process.cwd(),
    // A null-prototype copy, so an article named `__proto__` or `constructor` is looked up safely.
    articles: Object.assign(Object.create(null) as Record<string, string>, o.articles),
    unreadable: Object.assign(Object.create(null) as Record<string, string>, o.unreadable),
    color: o.color ?? false,
    failOn: o.failOn ?? 'error',
    show: new Set(o.show ?? []),
  };
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Whether a finding of this severity fails a run at the `failOn` threshold. */
export function fails(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[severity] >= RANK[failOn];
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}
