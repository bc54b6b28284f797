import { printableJson } from '@factledger/core';
import type { Finding } from '@factledger/reconcile';

/**
 * `{ "findings": [...] }`: findings are JSON-serialisable as reconcile makes them; an object leaves
 * room to grow. Printable JSON, as it may go to a terminal or a CI log: the same data either way.
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
  yield '{\n  "findings": ';
  yield* jsonArrayPieces(findings, 1);
  yield '\n}\n';
}

/**
 * A pretty-printed JSON array (two spaces a level) nested `depth` levels deep, one item per piece,
 * the same text as `printableJson` of the whole would give (its escapes are all inside strings).
 */
export function* jsonArrayPieces(items: Iterable<unknown>, depth: number): Generator<string> {
  const inner = '  '.repeat(depth + 1);
  let first = true;
  for (const item of items) {
    // A JSON string never holds a raw newline, so each line break is one of the layout's.
    yield `${first ? '[\n' : ',\n'}${inner}${printableJson(item).replace(/\n/g, `\n${inner}`)}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
}
