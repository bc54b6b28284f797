import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { FactledgerError } from '@factledger/core';
import { type Document, isCollection, isPair, parseDocument, visit } from 'yaml';
import { MAX_DEPTH, tooDeep } from './depth.js';
import { InvalidLedgerError, LedgerError } from './errors.js';
import { checkJsonFast } from './json-fast.js';
import { judgeLedgerData } from './judge.js';
import type { Ledger } from './ledger.js';
import { Locator } from './locate.js';

/** The largest ledger read by default: far above any hand-kept ledger, far below what hurts. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type LedgerFormat = 'yaml' | 'json';

export interface ParseLedgerOptions {
  /** The file name used in errors. */
  file?: string;
  /** How the file will be written back; both are read with the same YAML 1.2 parser, so JSON gets positions too. */
  format?: LedgerFormat;
  /** Refuse larger input, in bytes (default 10 MB). */
  maxBytes?: number;
}

export type LedgerCheck =
  | { ok: true; ledger: Ledger; errors: [] }
  | { ok: false; ledger?: undefined; errors: LedgerError[] };

/** What the write path needs besides the verdict: the YAML document to edit. */
export interface Analysis {
  check: LedgerCheck;
  doc: Document | undefined;
}

export function formatOf(file: string | undefined): LedgerFormat {
  return file !== undefined && extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** Validates a ledger's text and reports every problem at once, each with its pointer and line:column. */
export function checkLedger(text: string, options: ParseLedgerOptions = {}): LedgerCheck {
  if (options.format === 'json' && Buffer.byteLength(text, 'utf8') <= (options.maxBytes ?? DEFAULT_MAX_BYTES)) {
    const fast = checkJsonFast(text, options.file);
    if (fast) return fast;
  }
  return analyseLedger(text, options).check;
}

/** Parses and validates a ledger, or throws an `InvalidLedgerError` carrying every problem. */
export function parseLedger(text: string, options: ParseLedgerOptions = {}): Ledger {
  const check = checkLedger(text, options);
  if (!check.ok) throw new InvalidLedgerError(check.errors);
  return check.ledger;
}

/** Reads, parses and validates a ledger file (`.yaml`, `.yml` or `.json`). */
export async function loadLedger(path: string, options: Omit<ParseLedgerOptions, 'file'> = {}): Promise<Ledger> {
  const text = await readLedgerText(path, options.maxBytes);
  return parseLedger(text, { format: formatOf(path), ...options, file: path });
}

/** Reads a ledger file as UTF-8, refusing a directory or a file over the size cap before reading it. */
export async function readLedgerText(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FactledgerError(
      code === 'ENOENT' ? 'not-found' : 'unreadable',
      code === 'ENOENT' ? 'No such ledger' : 'Cannot read the ledger',
      {
        file: path,
        hint: code === 'ENOENT' ? 'check the path; it is read relative to the current directory' : String(code),
        cause: error,
      },
    );
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) {
      throw new FactledgerError('is-directory', 'Expected a ledger file, got a directory', {
        file: path,
        hint: 'name the .yaml or .json file itself',
      });
    }
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string | undefined, size: number, maxBytes: number): LedgerError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new LedgerError(`the ledger is ${mb(size)}, over the ${mb(maxBytes)} limit`, {
    file,
    pointer: '',
    hint: 'split it into one ledger per topic, or raise the limit (maxBytes / --max-size)',
  });
}

export function analyseLedger(text: string, options: ParseLedgerOptions = {}): Analysis {
  const file = options.file;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Cheap checks first: everything after this point costs time in proportion to the input.
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) return failed([tooLarge(file, size, maxBytes)]);

  const doc = parseDocument(text, {
    version: '1.2',
    uniqueKeys: true,
    prettyErrors: false,
    stringKeys: true,
    keepSourceTokens: false,
  });
  const locator = new Locator(text, doc);
  const errorAt = (reason: string, start: number, end: number, hint?: string, pointer = '') =>
    new LedgerError(reason, { file, pointer, hint, position: locator.position(start, end) });

  if (doc.errors.length > 0) {
    const errors: LedgerError[] = [];
    let exhausted = false;
    for (const error of doc.errors) {
      const [start, end] = error.pos;
      if (error.code === 'RESOURCE_EXHAUSTION') {
        // yaml reports one of these per level it unwinds: one is enough.
        if (!exhausted)
          errors.push(errorAt('nested too deeply to read', start, end, 'a ledger needs only a few levels'));
        exhausted = true;
      } else if (error.code === 'DUPLICATE_KEY') {
        const key = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(start, start + 200))?.[0].trim() ?? '';
        errors.push(errorAt(`duplicate key \`${key}\``, start, start + key.length, 'keep one of them'));
      } else {
        errors.push(errorAt(`cannot parse: ${firstLine(error.message)}`, start, end));
      }
    }
    return failed(errors, doc);
  }
  if (doc.contents === null) {
    return failed([errorAt('the ledger is empty', 0, 0, 'start from the example in the ledger README')], doc);
  }

  const shapeErrors: LedgerError[] = [];
  visit(doc, {
    Alias(_, node) {
      const [start, end] = node.range ?? [0, 0];
      shapeErrors.push(
        errorAt(`aliases (\`*${node.source}\`) are not allowed in a ledger`, start, end, 'write the value out'),
      );
      return visit.SKIP;
    },
  });
  const deep = tooDeep<unknown>(doc.contents, yamlChildren)?.node;
  if (isCollection(deep)) {
    const [start, end] = deep.range ?? [0, 0];
    shapeErrors.push(
      errorAt(`nested more than ${MAX_DEPTH} levels deep`, start, end, 'a ledger needs only a few levels'),
    );
  }
  if (shapeErrors.length > 0) return failed(shapeErrors, doc);

  // maxAliasCount 0: aliases were refused above, and this makes sure none is ever expanded.
  return { check: judgeLedgerData(doc.toJS({ maxAliasCount: 0 }), locator, file), doc };
}

function failed(errors: LedgerError[], doc?: Document): Analysis {
  return { check: { ok: false, errors }, doc };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** A YAML node's children; the keys are positions, as an error points at the node's range, not a path. */
function yamlChildren(node: unknown): [string, unknown][] | undefined {
  if (!isCollection(node)) return undefined;
  return (node.items as unknown[]).map((item, k) => [String(k), isPair(item) ? item.value : item]);
}
