import { FactledgerError, type LineIndex } from '@factledger/core';
import { MONTH_NAME, monthOf, YEAR_PATTERN } from '@factledger/core/en';
import { isCollection, isMap, isScalar, type Node, parseDocument } from 'yaml';
import type { ArticleMetadata, Metadata, MetadataOrigin } from './document.js';

const KEYS = ['title', 'outlet', 'published', 'url', 'currency'] as const;
type Key = (typeof KEYS)[number];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `undefined` when
 * it is not one. A timestamp (`2020-01-24T09:00:00+09:00`, as HTML meta and
 * some front matter write it) gives its date as written.
 */
export function normalizePublished(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value !== 'string') return undefined;
  const match =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(
      value.trim(),
    );
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return `${year}-${month}`;
  const d = Number(day);
  const leap = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0);
  const max = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] as number);
  return d >= 1 && d <= max ? `${year}-${month}-${day}` : undefined;
}

export interface MetadataSource {
  /** The file the text is in (the article for front matter, the sidecar otherwise). */
  file: string | undefined;
  /** Offset of the text in that file, and a line index over the whole file, for positions. */
  offset: number;
  lines: LineIndex;
  /** What the text is, for messages. */
  label: string;
}

/**
 * Reads `title`, `outlet`, `published`, `url` and `currency` from YAML (front matter, a
 * `.meta.yaml` sidecar) or JSON (a `.meta.json` sidecar). Other keys are left
 * alone: front matter often carries an author or tags. A wrong value is an
 * error with its line and column, not something to guess around.
 */
export function readMetadataText(text: string, json: boolean, where: MetadataSource): ArticleMetadata {
  const fail = (reason: string, start: number | undefined, end: number | undefined, hint: string): never => {
    throw new FactledgerError('invalid-metadata', reason, {
      file: where.file,
      position:
        start === undefined ? undefined : where.lines.position(where.offset + start, where.offset + (end ?? start)),
      hint,
    });
  };
  if (json) {
    try {
      JSON.parse(text);
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      fail(`Invalid JSON in ${where.label}`, at ? Number(at[1]) : undefined, undefined, 'fix the JSON syntax');
    }
  }
  const entries = (!json && plainEntries(text)) || yamlEntries(text, json, fail, where.label);
  const metadata: ArticleMetadata = {};
  for (const key of KEYS) {
    const entry = entries.get(key);
    if (entry === undefined) continue;
    const { range } = entry;
    if (!entry.scalar) {
      fail(
        `Unexpected \`${key}\` in ${where.label}, expected a single value`,
        range?.[0],
        range?.[1],
        `write \`${key}:\` with one value`,
      );
    }
    const value = entry.value;
    if (value === null || value === undefined || value === '') continue;
    if (key === 'published') {
      const published = normalizePublished(value);
      if (published === undefined) {
        fail(
          `Unexpected \`published: ${String(value)}\` in ${where.label}, expected a date`,
          range?.[0],
          range?.[1],
          'write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-01-24',
        );
      }
      metadata.published = published;
      continue;
    }
    if (key === 'currency') {
      const code = currencyCode(value);
      if (code === undefined) {
        fail(
          `Unexpected \`currency: ${String(value)}\` in ${where.label}, expected an ISO 4217 code`,
          range?.[0],
          range?.[1],
          'write the three-letter code of the currency a bare `$` means, e.g. AUD or CAD',
        );
      }
      metadata.currency = code;
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      fail(
        `Unexpected \`${key}\` in ${where.label}, expected text`,
        range?.[0],
        range?.[1],
        `quote the value of \`${key}\``,
      );
    }
    metadata[key] = String(value).trim();
  }
  return metadata;
}

interface Entry {
  scalar: boolean;
  value: unknown;
  range: readonly number[] | undefined;
}

type Fail = (reason: string, start: number | undefined, end: number | undefined, hint: string) => never;

function yamlEntries(text: string, json: boolean, fail: Fail, label: string): Map<string, Entry> {
  // The YAML parser does not end lines at a lone CR (classic Mac files); LF has the same length, so offsets hold.
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    fail(
      `Invalid ${json ? 'JSON' : 'YAML'} in ${label}: ${error.message.split('\n')[0]}`,
      error.pos[0],
      error.pos[1],
      'fix the syntax; values with a colon need quotes',
    );
  }
  const entries = new Map<string, Entry>();
  if (doc.contents === null) return entries;
  if (!isMap(doc.contents)) {
    const range = doc.contents.range;
    return fail(
      `Unexpected ${label}, expected a mapping`,
      range?.[0],
      range?.[1],
      'write `key: value` lines such as `published: 2024-01-17`',
    );
  }
  for (const key of KEYS) {
    const node = doc.get(key, true) as Node | undefined;
    if (node === undefined) continue;
    const scalar = !isCollection(node) && isScalar(node);
    entries.set(key, {
      scalar,
      value: scalar ? (node as { value: unknown }).value : undefined,
      range: node.range ?? undefined,
    });
  }
  return entries;
}

/** `key: value` with a plain key and a value YAML reads as the text it is. */
const PLAIN_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+([^\s\-?:,[\]{}#&*!|>'"%@`][^\t\n\r]*))?$/;
/** Plain scalars the YAML core schema reads as something other than text: null, booleans, numbers. */
const NOT_TEXT =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Control characters, which YAML refuses or reads its own way. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/**
 * The common front matter — `key: value` lines of plain text — read without the YAML parser, which
 * cost a tenth of the time a Markdown article took to read. Anything else (quotes, lists, comments,
 * numbers, a repeated key, a value with `: ` or ` #` in it) is left to the parser: undefined.
 */
function plainEntries(text: string): Map<string, Entry> | undefined {
  const entries = new Map<string, Entry>();
  const seen = new Set<string>();
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const body = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (body === '') continue;
    const m = PLAIN_LINE.exec(body);
    if (!m) return undefined;
    const key = m[1] as string;
    // Trailing spaces end no plain scalar; trimmed here, not by the pattern, which would backtrack.
    const value = m[2]?.trimEnd();
    if (seen.has(key)) return undefined;
    seen.add(key);
    if (
      value !== undefined &&
      (/: | #/.test(value) || hasControl(value) || value.endsWith(':') || NOT_TEXT.test(value))
    ) {
      return undefined;
    }
    if (!(KEYS as readonly string[]).includes(key)) continue;
    const valueStart = value === undefined ? start + body.length : start + body.indexOf(value, key.length + 1);
    entries.set(key, {
      scalar: true,
      value: value ?? null,
      range: [valueStart, value === undefined ? valueStart : valueStart + value.length],
    });
  }
  return entries;
}

/**
 * A wire-service dateline at the start of a block: `PARIS, Feb. 3 (Agency) --`,
 * `WASHINGTON (Reuters) -`. The place is in capitals, the outlet in parentheses.
 */
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?:, [A-Z][a-z]+\\.?)?(?:,? (${MONTH_NAME}) (\\d{1,2}))?,? \\(([A-Z][\\w.&' -]{0,38}[\\w.])\\) ?(?:--|-|\u2014|:)`,
);

/** A full date in running text: `January 24, 2020`, `24 January 2020`, `2020-01-24`. */
const FULL_DATE = new RegExp(
  `\\b(?:(${MONTH_NAME}) (\\d{1,2}),? (${YEAR_PATTERN})|(\\d{1,2}) (${MONTH_NAME}) (${YEAR_PATTERN})|(${YEAR_PATTERN})-(\\d{2})-(\\d{2}))\\b`,
  'g',
);

/** `©2023 Example News`, `Copyright (c) 2019-2023 The Outlet`. */
const COPYRIGHT =
  /(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b[\s,]*([^\s.,;|©][^.,;|©]{1,59})?/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** How many leading blocks may hold a dateline or the date that gives its year. */
const HEAD_BLOCKS = 8;
/** Longest block read for a dateline or copyright line (bounds the regex work). */
const SCAN_LENGTH = 400;

/**
 * What a plain-text article shows about itself, only where it is unambiguous:
 * - a dateline gives the outlet, and a month and day; the year comes only from
 *   a full date with the same month and day in the first blocks (a timestamp
 *   line), never from a guess;
 * - a copyright line gives a year and the outlet.
 */
export function textMetadata(blocks: string[]): { metadata: ArticleMetadata; origin: Metadata['origin'] } {
  const metadata: ArticleMetadata = {};
  const origin: Metadata['origin'] = {};
  const head = blocks.slice(0, HEAD_BLOCKS);
  for (const text of head) {
    const match = DATELINE.exec(text.slice(0, SCAN_LENGTH));
    if (!match) continue;
    const [, , month, day, outlet] = match;
    if (outlet) {
      metadata.outlet = outlet.trim();
      origin.outlet = 'dateline';
    }
    const m = month ? monthOf(month) : undefined;
    const d = day ? Number(day) : undefined;
    if (m !== undefined && d !== undefined) {
      const year = yearFor(head, m, d);
      const published = year === undefined ? undefined : normalizePublished(`${year}-${pad(m)}-${pad(d)}`);
      if (published) {
        metadata.published = published;
        origin.published = 'dateline';
      }
    }
    break;
  }
  for (const text of blocks) {
    if (text.length > SCAN_LENGTH) continue;
    const match = COPYRIGHT.exec(text);
    if (!match) continue;
    const [, year, holder] = match;
    if (metadata.published === undefined && year) {
      metadata.published = year;
      origin.published = 'copyright';
    }
    const outlet = holder?.split(/\ball rights reserved\b/i)[0]?.trim();
    if (metadata.outlet === undefined && outlet && /^\p{Lu}/u.test(outlet)) {
      metadata.outlet = outlet;
      origin.outlet = 'copyright';
    }
    break;
  }
  return { metadata, origin };
}

/** The year of a full date with this month and day among the blocks, if exactly one year is found. */
function yearFor(blocks: string[], month: number, day: number): string | undefined {
  const years = new Set<string>();
  for (const text of blocks) {
    for (const match of text.slice(0, SCAN_LENGTH).matchAll(FULL_DATE)) {
      const [, m1, d1, y1, d2, m2, y2, y3, m3, d3] = match;
      const m = m1 ? monthOf(m1) : m2 ? monthOf(m2) : Number(m3);
      const d = Number(d1 ?? d2 ?? d3);
      const y = y1 ?? y2 ?? y3;
      if (m === month && d === day && y) years.add(y);
    }
  }
  return years.size === 1 ? [...years][0] : undefined;
}

export interface MetadataLayer {
  values: ArticleMetadata;
  origin: MetadataOrigin | Metadata['origin'];
}

/** Merges layers, highest precedence first: the first layer that has a key gives it. */
export function mergeMetadata(layers: MetadataLayer[]): Metadata {
  const metadata: Metadata = { origin: {} };
  for (const key of KEYS) {
    for (const layer of layers) {
      const value = layer.values[key as Key];
      if (value === undefined || value === '') continue;
      metadata[key] = value;
      metadata.origin[key] = typeof layer.origin === 'string' ? layer.origin : layer.origin[key];
      break;
    }
  }
  return metadata;
}

/** A currency as an ISO 4217 code (`aud` → `AUD`), or undefined when it is not three letters. */
export function currencyCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}
