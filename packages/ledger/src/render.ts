import { Document, isMap, isSeq } from 'yaml';
import type { FactInput } from './format.js';

export interface FactsYamlOptions {
  /** A ledger's text: the list is indented like its `facts:` items, so it pastes under them. */
  like?: string;
  /** Comment lines to print above a fact, by its index in `facts`. */
  comments?: ReadonlyMap<number, readonly string[]>;
}

/** The indentation of a ledger's `facts:` items (two spaces when it has none). */
function factsIndent(text: string | undefined): string {
  if (text === undefined) return '  ';
  return /^facts:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*([ \t]*)- /m.exec(text)?.[1] ?? '  ';
}

/**
 * Facts as a YAML block list to paste under a ledger's `facts:`, in the fixtures' style: one
 * key per line, values and places in flow style (`value: { amount: 5, unit: '%' }`).
 */
export function factsYaml(facts: readonly FactInput[], options: FactsYamlOptions = {}): string {
  const indent = factsIndent(options.like);
  const lines: string[] = [];
  facts.forEach((fact, i) => {
    const doc = new Document([fact]);
    const item = isSeq(doc.contents) ? doc.contents.items[0] : undefined;
    if (isMap(item)) {
      const value = item.get('value', true);
      if (isMap(value)) value.flow = true;
      const sources = item.get('sources', true);
      for (const source of isSeq(sources) ? sources.items : []) {
        const position = isMap(source) ? source.get('position', true) : undefined;
        if (isMap(position)) position.flow = true;
      }
    }
    for (const comment of options.comments?.get(i) ?? []) lines.push(`# ${comment.replace(/\s+/g, ' ')}`);
    for (const line of doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd().split('\n'))
      lines.push(line);
  });
  return lines.map((line) => (line ? indent + line : line)).join('\n') + (lines.length ? '\n' : '');
}
