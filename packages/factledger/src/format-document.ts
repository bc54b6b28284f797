import type { Position } from '@factledger/core';
import type { Document, Repair } from '@factledger/parse';
import { printable, printableLines } from '@factledger/report';

/** `3:1-3:24`: a place in the file on disk. */
function place(position: Position): string {
  const { start, end } = position;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** A piece of the article in quotes, on one line: JSON escapes the C0 controls, `printable` the rest. */
function quote(text: string, max = 100): string {
  return printable(JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text));
}

function describeRepair(repair: Repair): string {
  return `${place(repair.position)}  ${repair.kind.padEnd(11)} ${quote(repair.from, Infinity)} → ${quote(repair.to, Infinity)}`;
}

/**
 * The document for a person: metadata with where each value came from, the
 * blocks with their kind and place, the repairs, then the cleaned text. Everything taken from the
 * article (its name, metadata, text) is `printable`: it goes to a terminal, which must not run it.
 */
export function formatDocumentText(doc: Document): string {
  const lines: string[] = [];
  lines.push(`${doc.id ? printable(doc.id) : '(input)'} (${doc.format})`);
  const { origin, ...values } = doc.metadata;
  const keys = ['title', 'outlet', 'published', 'url'] as const;
  for (const key of keys) {
    const value = values[key];
    lines.push(
      `  ${`${key}:`.padEnd(11)} ${value === undefined ? '-' : `${printable(String(value))} (${origin[key] ?? '?'})`}`,
    );
  }
  const counts = new Map<string, number>();
  for (const block of doc.blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
  lines.push(
    `  ${doc.blocks.length} blocks (${summary}), ${doc.sentences.length} sentences, ${doc.repairs.length} repairs`,
  );
  lines.push('', 'Blocks:');
  doc.blocks.forEach((block, index) => {
    const text = doc.text.slice(block.start, block.end);
    lines.push(
      `  ${String(index).padStart(3)}  ${place(block.position).padEnd(13)} ${block.kind.padEnd(11)} ${quote(text)}`,
    );
  });
  if (doc.repairs.length > 0) {
    lines.push('', 'Repairs:');
    for (const repair of doc.repairs) lines.push(`  ${describeRepair(repair)}`);
  }
  lines.push('', 'Text:', printableLines(doc.text), '');
  return lines.join('\n');
}

/**
 * The document for a program: everything but the source (which is the file
 * itself), with the map as segments `[cleanStart, sourceStart, sourceEnd]`.
 */
export function documentToJson(doc: Document): unknown {
  const map = doc.map as Document['map'] & { toJSON?: () => unknown };
  return {
    id: doc.id,
    format: doc.format,
    metadata: doc.metadata,
    text: doc.text,
    blocks: doc.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, position: b.position })),
    sentences: doc.sentences.map((s) => ({ block: s.block, start: s.start, end: s.end, position: s.position })),
    repairs: doc.repairs,
    directives: doc.directives,
    map: typeof map.toJSON === 'function' ? map.toJSON() : undefined,
  };
}
