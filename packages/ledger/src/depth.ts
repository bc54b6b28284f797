/** A ledger is a handful of levels deep; anything deeper is a mistake or an attack. */
export const MAX_DEPTH = 32;

/** A node's children, each with the key it sits under, or undefined for a leaf. */
export type Children<T> = (node: T) => Iterable<readonly [key: string, child: T]> | undefined;

interface Step<T> {
  node: T;
  depth: number;
  key: string;
  parent: Step<T> | undefined;
}

/**
 * The first collection nested deeper than `MAX_DEPTH` (the root is level 1) and the keys leading
 * to it, found without recursion: parsed YAML and data built in code (which may even be cyclic)
 * are walked alike, and neither can overflow the stack.
 */
export function tooDeep<T>(root: T, children: Children<T>): { node: T; keys: string[] } | undefined {
  const stack: Step<T>[] = [{ node: root, depth: 1, key: '', parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const items = children(step.node);
    if (items === undefined) continue;
    if (step.depth > MAX_DEPTH) return { node: step.node, keys: keysTo(step) };
    for (const [key, node] of items) stack.push({ node, depth: step.depth + 1, key, parent: step });
  }
  return undefined;
}

// Only the node found gets its keys: the walk itself builds no paths.
function keysTo<T>(step: Step<T>): string[] {
  const keys: string[] = [];
  for (let s: Step<T> | undefined = step; s?.parent; s = s.parent) keys.push(s.key);
  return keys.reverse();
}
