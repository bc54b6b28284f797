import type { Claim } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { readArticle } from '@factledger/parse';
import { jsonArrayPieces, printable, printableJson } from '@factledger/report';
import { articleOptionSpecs, articleOptions } from '../article-options.js';
import { articlesToRead } from '../articles-to-read.js';
import type { Command } from '../command.js';
import { EXIT_CLEAN } from '../context.js';
import { writePieces } from '../output.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'List every figure in articles: money, percentages, counts, multipliers, dates, with their places',
  usage: '[options] <files, directories or globs…>',
  options: {
    ...articleOptionSpecs,
    format: { type: 'string', arg: '<format>', description: 'output format (default text)', choices: ['text', 'json'] },
  },
  details: [
    'JSON output is { "claims": [...] } for one file and [{ "file", "claims" }, ...] for several.',
    'Positions are line:column in the file as it is on disk; offsets are UTF-16 code units.',
  ].join('\n'),
  async run(context, { values, positionals }) {
    const files = await articlesToRead(context, positionals, 'extract');
    const options = articleOptions(values);
    const results: FileClaims[] = [];
    for (const file of files) {
      const doc = await readArticle(file, { ...options, cwd: context.cwd });
      results.push({ file, claims: extractClaims(doc, options.currency ? { currency: options.currency } : {}) });
    }
    await writePieces(context.stdout, values.format === 'json' ? jsonPieces(results) : textPieces(results));
    return EXIT_CLEAN;
  },
};

type FileClaims = { file: string; claims: Claim[] };

/**
 * `{ "claims": [...] }` for one file, `[{ "file", "claims" }, ...]` for several, one claim at a
 * time: a million figures make more JSON than one string can hold.
 */
function* jsonPieces(results: FileClaims[]): Generator<string> {
  const [only] = results;
  if (results.length === 1 && only) {
    yield '{\n  "claims": ';
    yield* jsonArrayPieces(only.claims, 1);
    yield '\n}\n';
    return;
  }
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  let first = true;
  for (const { file, claims } of results) {
    yield `${first ? '[\n' : ',\n'}  {\n    "file": ${printableJson(file)},\n    "claims": `;
    yield* jsonArrayPieces(claims, 2);
    yield '\n  }';
    first = false;
  }
  yield '\n]\n';
}

function* textPieces(results: FileClaims[]): Generator<string> {
  for (const [k, result] of results.entries()) yield `${k ? '\n' : ''}${formatClaims(result)}`;
}

function formatClaims({ file, claims }: FileClaims): string {
  const rows = claims.map((c) => {
    const { start, end } = c.position;
    const place = `${start.line}:${start.column}-${end.line}:${end.column}`;
    const value = c.value === null ? `unresolved (${c.date?.unresolved ?? 'no value'})` : formatValue(c);
    const notes = [
      c.hedge === 'none' ? '' : `hedge ${c.hedge}`,
      c.per ? `per ${c.per}` : '',
      c.range ? `range ${c.range.low}–${c.range.high}` : '',
      c.conversionOf ? `converts ${c.conversionOf}` : '',
      c.attribution ? `attributed to ${JSON.stringify(c.attribution.text)}` : '',
    ].filter(Boolean);
    // The figure, its unit and attribution are the article's words, bound for a terminal.
    return [`  ${place}`, c.kind, JSON.stringify(c.text.replace(/\s+/g, ' ')), value, notes.join(', ')].map(printable);
  });
  // A reduce, not Math.max(...rows): a spread of 150,000 rows overflows the stack.
  const widths = [0, 1, 2, 3].map((k) => rows.reduce((w, r) => Math.max(w, (r[k] as string).length), 0));
  const lines = rows.map((r) =>
    r
      .map((cell, k) => (k < 4 ? cell.padEnd(widths[k] as number) : cell))
      .join('  ')
      .trimEnd(),
  );
  return `${printable(file)}\n${lines.join('\n')}${lines.length ? '\n' : ''}  ${claims.length} figure${claims.length === 1 ? '' : 's'}\n`;
}

function formatValue(c: Claim): string {
  if (typeof c.value === 'string') return c.value;
  const unit = c.unit === '%' ? '%' : c.unit ? ` ${c.unit}` : '';
  return `${c.value}${unit}`;
}
