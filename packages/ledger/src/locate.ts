import { LineIndex, type Position } from '@factledger/core';
import { type Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

export type Segment = string | number;

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export function toPointer(path: readonly Segment[]): string {
  return path.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `facts[3].value.currency`, the way a person reads a path (and the way JavaScript would write it). */
export function displayPath(path: readonly Segment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
    else if (IDENT.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Maps offsets in the text as written to points an editor shows (a leading BOM is not a column). */
export class Locator {
  readonly #index: LineIndex;
  readonly #bom: boolean;
  readonly #doc: Document | undefined;

  constructor(text: string, doc?: Document) {
    this.#index = new LineIndex(text);
    this.#bom = text.charCodeAt(0) === 0xfeff;
    this.#doc = doc;
  }

  position(start: number, end: number): Position {
    const position = this.#index.position(start, end);
    if (this.#bom) {
      for (const point of [position.start, position.end]) {
        if (point.line === 1 && point.column > 1) point.column--;
      }
    }
    return position;
  }

  /**
   * The place of the value at `path`, or of the deepest existing ancestor. With `key`, the place
   * of the last segment's key in its mapping (for "unknown property" errors).
   */
  locate(path: readonly Segment[], key = false): Position | undefined {
    let node: unknown = this.#doc?.contents;
    let found: Node | undefined = isNodeLike(node) ? node : undefined;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        next = pair?.value;
        keyNode = pair?.key;
      } else if (isSeq(node)) {
        next = node.items[Number(segment)];
      }
      if (key && i === path.length - 1 && isNodeLike(keyNode)) return this.#range(keyNode);
      if (!isNodeLike(next)) break;
      node = next;
      found = next;
    }
    return found ? this.#range(found) : undefined;
  }

  #range(node: Node): Position | undefined {
    const range = node.range;
    if (!range) return undefined;
    return this.position(range[0], range[1]);
  }
}

function isNodeLike(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}
