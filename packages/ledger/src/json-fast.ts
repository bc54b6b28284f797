import type { Position } from '@factledger/core';
import { findNodeAtLocation, type Node, parseTree, visit } from 'jsonc-parser';
import { MAX_DEPTH } from './depth.js';
import { judgeLedgerData } from './judge.js';
import { Locator, type Segment } from './locate.js';
import type { LedgerCheck } from './parse.js';

/**
 * A valid JSON ledger read without the YAML document parser. Every ledger is read with one YAML 1.2
 * parser so JSON gets positions too, but building that document is most of the time a large ledger
 * takes (about 15× `JSON.parse` plus a syntax tree, measured at 10,000 facts; see `pnpm bench`).
 * Here `JSON.parse` gives the data and jsonc-parser's tree gives the places of the facts.
 *
 * Only a ledger that passes every check is read this way. For anything else — a syntax error, a
 * duplicate key (which `JSON.parse` would silently resolve), a schema or semantic problem — this
 * returns `undefined` and the caller reads it the usual way, so every message and position is the
 * same whichever path read the file.
 */
export function checkJsonFast(text: string, file: string | undefined): LedgerCheck | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  const places = scan(text);
  if (!places) return undefined;
  // Nested no deeper than the limit (the scan saw to it) and acyclic, as parsed text always is: the
  // in-memory data check's walk for cycles and depth is not needed.
  const check = judgeLedgerData(data, new JsonLocator(text, places), file);
  return check.ok ? check : undefined;
}

/** Where a value is: `[offset, length]`, keyed by its path joined with NUL. */
type Places = Map<string, [number, number]>;

/** Paths this deep or less are placed by the scan: the facts and entities a ledger's findings cite. */
const PLACED_DEPTH = 2;

/**
 * One pass over the text with jsonc-parser's event reader: no syntax tree (a node per value was
 * most of the time and memory a large ledger took), only the places of the shallow values and, on
 * the way, the two things `JSON.parse` does not say: a key repeated in an object, and nesting past
 * the limit. Undefined when the text has either, or is not plain JSON.
 */
function scan(text: string): Places | undefined {
  const places: Places = new Map();
  const open: { path: string | undefined; start: number; keys: string[] | undefined }[] = [];
  let failed = false;
  const begin = (offset: number, supplier: () => (string | number)[], object: boolean) => {
    if (open.length >= MAX_DEPTH) failed = true;
    open.push({
      // A value's path is as long as the containers around it.
      path: open.length <= PLACED_DEPTH ? supplier().join('\0') : undefined,
      start: offset,
      keys: object ? [] : undefined,
    });
  };
  const end = (offset: number, length: number) => {
    const node = open.pop();
    if (node?.path !== undefined) places.set(node.path, [node.start, offset + length - node.start]);
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _length, _line, _column, supplier) => begin(offset, supplier, true),
      onObjectEnd: end,
      onArrayBegin: (offset, _length, _line, _column, supplier) => begin(offset, supplier, false),
      onArrayEnd: end,
      onObjectProperty(property) {
        const keys = open[open.length - 1]?.keys;
        if (!keys) return;
        if (keys.includes(property)) failed = true;
        keys.push(property);
      },
      onLiteralValue(_value, offset, length, _line, _column, supplier) {
        if (open.length <= PLACED_DEPTH) places.set(supplier().join('\0'), [offset, length]);
      },
      onError() {
        failed = true;
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return failed ? undefined : places;
}

class JsonLocator extends Locator {
  readonly #text: string;
  readonly #places: Places;
  #tree: Node | undefined;

  constructor(text: string, places: Places) {
    super(text);
    this.#text = text;
    this.#places = places;
  }

  override locate(path: readonly Segment[], key = false): Position | undefined {
    const place = key ? undefined : this.#places.get(path.join('\0'));
    if (place) return this.position(place[0], place[0] + place[1]);
    // Deeper or a key: the tree, built once, only when such a place is asked for.
    this.#tree ??= parseTree(this.#text, [], { disallowComments: true, allowTrailingComma: false });
    if (!this.#tree) return undefined;
    // The deepest node that exists on the path, as the YAML locator gives.
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(this.#tree, path.slice(0, n) as Segment[]);
      if (!node) continue;
      const target = key && n === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : node;
      if (target) return this.position(target.offset, target.offset + target.length);
    }
    return undefined;
  }
}
