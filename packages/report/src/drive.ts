import type { Finding } from '@factledger/reconcile';
import { type ReportOptions, resolveOptions } from './options.js';
import { byFile } from './order.js';
import type { Reporter } from './reporter.js';

/**
 * A whole report from findings already in hand, through the same reporter the CLI streams with,
 * so the one-call formatters and a streamed run cannot drift apart. Every article named in
 * `articles` is listed (also those with nothing to say), then those that could not be read.
 */
export function drive(reporter: Reporter, findings: readonly Finding[], options?: ReportOptions): string {
  const { articles, unreadable } = resolveOptions(options);
  let out = '';
  const add = (pieces: Iterable<string>) => {
    for (const piece of pieces) out += piece;
  };
  add(reporter.start());
  const groups = byFile(findings, [...Object.keys(articles), ...Object.keys(unreadable)]);
  for (const [file, list] of groups) {
    const reason = unreadable[file];
    if (reason !== undefined && list.length === 0) add(reporter.unread(file, reason));
    else add(reporter.article(file, list, articles[file]));
  }
  add(reporter.end([], (file) => articles[file]));
  return out;
}
