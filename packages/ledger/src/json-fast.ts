import type { Position } from '@factledger/core';
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { checkLedgerData } from './from-data.js';
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
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!tree || hasDuplicateKey(tree)) return undefined;
  const check = checkLedgerData(data, { ...(file !== undefined ? { file } : {}) }, new JsonLocator(text, tree));
  return check.ok ? check : undefined;
}

class JsonLocator extends Locator {
  readonly #tree: Node;

  constructor(text: string, tree: Node) {
    super(text);
    this.#tree = tree;
  }

  override locate(path: readonly Segment[], key = false): Position | undefined {
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

/** Whether any object repeats a key, walked without recursion. */
function hasDuplicateKey(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0]?.value as string;
        if (seen.has(key)) return true;
        seen.add(key);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return false;
}
