import { printableJson } from '@factledger/core';
import type { Finding } from '@factledger/reconcile';
import type { Reporter } from './reporter.js';

/**
 * `{ "findings": [...] }`: findings are JSON-serialisable as reconcile makes them; an object leaves
 * room to grow. Printable JSON, as it may go to a terminal or a CI log: the same data either way.
 * Findings are in the order given.
 */
export function formatJson(findings: readonly Finding[]): string {
  let out = '';
  for (const piece of jsonPieces(findings)) out += piece;
  return out;
}

/**
 * The JSON report piece by piece, one finding per piece, as `printableJson({ findings })` would
 * write it whole: a million findings make more text than a JavaScript string can hold, so the
 * CLI writes the pieces as they come and never holds more than one.
 */
export function* jsonPieces(findings: Iterable<Finding>): Generator<string> {
  const reporter = jsonReporter();
  yield* reporter.start();
  yield* reporter.article('', [...findings]);
  yield* reporter.end([]);
}

/** The JSON report article by article: each article's findings in its text's order, then the late ones. */
export function jsonReporter(): Reporter {
  const items = arrayWriter(1);
  return {
    needsSource: false,
    start: () => ['{\n  "findings": '],
    article: (_file, findings) => findings.map(items.item),
    unread: () => [],
    // A generator, not a list: the late findings of an archive make one string at a time, not all at once.
    *end(late) {
      for (const f of late) yield items.item(f);
      yield items.close();
      yield '\n}\n';
    },
  };
}

/**
 * JSON Lines: one finding per line, compact, as `jq -c` and log shippers read a stream; nothing
 * opens or closes, so a reader can act on each line as it comes and a cut-off run is still valid
 * up to its last line.
 */
export function jsonLinesReporter(): Reporter {
  const line = (f: Finding) => `${printableJson(f, 0)}\n`;
  return {
    needsSource: false,
    start: () => [],
    article: (_file, findings) => findings.map(line),
    unread: () => [],
    *end(late) {
      for (const f of late) yield line(f);
    },
  };
}

/**
 * A pretty-printed JSON array (two spaces a level) nested `depth` levels deep, one item per piece,
 * the same text as `printableJson` of the whole would give (its escapes are all inside strings).
 */
export function* jsonArrayPieces(items: Iterable<unknown>, depth: number): Generator<string> {
  const writer = arrayWriter(depth);
  for (const item of items) yield writer.item(item);
  yield writer.close();
}

/** Writes a pretty-printed JSON array an item at a time (see {@link jsonArrayPieces}). */
export function arrayWriter(depth: number): { item: (value: unknown) => string; close: () => string } {
  const inner = '  '.repeat(depth + 1);
  let first = true;
  return {
    item(value) {
      // A JSON string never holds a raw newline, so each line break is one of the layout's.
      const piece = `${first ? '[\n' : ',\n'}${inner}${printableJson(value).replace(/\n/g, `\n${inner}`)}`;
      first = false;
      return piece;
    },
    close: () => (first ? '[]' : `\n${'  '.repeat(depth)}]`),
  };
}
