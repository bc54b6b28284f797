import assert from 'node:assert/strict';
import type { Document } from '@factledger/parse';

/** The cleaned text of each block. */
export function blockTexts(doc: Document): string[] {
  return doc.blocks.map((b) => doc.text.slice(b.start, b.end));
}

export function sentenceTexts(doc: Document): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

/** Replacements the cleaner makes one for one; everything else must be copied. */
export const REPLACED: Record<string, string> = {
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u3000': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2212': '-',
  '\u0000': '\ufffd',
};

/** Independent line/column count over the source: `\n`, `\r\n` and lone `\r` end a line. */
export function pointAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = source[i];
    if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Every cleaned character that is not a joined-line space or a block separator
 * maps to the source character it came from (or the one its repair replaced).
 */
export function assertMapRoundTrips(doc: Document): void {
  const { text, source, map } = doc;
  const joins = synthetic(doc);
  for (let i = 0; i < text.length; i++) {
    if (joins.has(i)) continue;
    const c = text[i] as string;
    const s = source[map.toSource(i)] as string;
    if (s === c) continue;
    if (REPLACED[s] === c) continue;
    // HTML collapses whitespace, line endings included, into one space.
    if (doc.format === 'html' && c === ' ' && /\s/.test(s)) continue;
    // A Markdown tab stands for the spaces up to its tab stop.
    if (doc.format === 'markdown' && c === ' ' && s === '\t') continue;
    // A character reference (`&amp;`) stands for what it decodes to.
    if (s === '&') continue;
    assert.fail(`cleaned ${i} ${JSON.stringify(c)} maps to source ${map.toSource(i)} ${JSON.stringify(s)}`);
  }
}

/** Cleaned offsets that no source character became: joined-line spaces and block separators. */
export function synthetic(doc: Document): Set<number> {
  const joins = new Set<number>();
  for (const r of doc.repairs) if (r.kind === 'join-line' && r.to === ' ') joins.add(r.at);
  for (let k = 0; k + 1 < doc.blocks.length; k++) {
    const end = (doc.blocks[k] as { end: number }).end;
    joins.add(end);
    joins.add(end + 1);
  }
  return joins;
}
