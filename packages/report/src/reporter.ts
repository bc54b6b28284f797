import type { Finding } from '@factledger/reconcile';

/**
 * A report written as the articles are checked, one article at a time, so a run over an archive
 * holds one article's findings, never the archive's. Each call returns the pieces to write now;
 * the caller writes them in order.
 *
 * @example
 *   const reporter = createReporter('sarif', { cwd });
 *   write(reporter.start());
 *   for (const { file, findings, source } of checked) write(reporter.article(file, findings, source));
 *   write(reporter.end(reconciler.crossArticle(), (file) => readFileSync(file, 'utf8')));
 */
export interface Reporter {
  /** Whether `article` and `end` use an article's text (SARIF fingerprints, the page): read it only then. */
  readonly needsSource: boolean;
  /** What comes before the first article. */
  start(): Iterable<string>;
  /** One article's findings (all of one file, in any order) and, when `needsSource`, its text. */
  article(file: string, findings: readonly Finding[], source?: string): Iterable<string>;
  /** An article that could not be read, with the reason: not checked, so never shown as clean. */
  unread(file: string, reason: string): Iterable<string>;
  /**
   * What closes the report: the findings known only once every article was read (claims compared
   * across articles), each under its own file, then the summary. `late` is read once, in order:
   * it may be a generator judging each finding as it is asked for.
   */
  end(late: Iterable<Finding>, sourceOf?: (file: string) => string | undefined): Iterable<string>;
}
