import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { FactledgerError, LineIndex, type Position } from '@factledger/core';
import { FORMATS, type ReportFormat } from '@factledger/report';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isNode, isSeq, type Node, parseDocument } from 'yaml';

/** What `factledger reconcile` runs, as a CI job keeps it in the repository. */
export interface Config {
  /** Article files, directories or glob patterns, relative to the config file's directory. */
  articles: string[];
  /** Glob patterns of articles not to check, relative to the config file's directory (ESLint's `ignores`). */
  ignores: string[];
  /** One or more ledgers; a figure is judged against the ledger that knows it. */
  ledgers: string[];
  /** Per ledger (as named in `ledgers`), the articles it speaks for, when the config says. */
  scopes: Record<string, LedgerScope>;
  /** Publication date for articles that state none. */
  published?: string;
  /** ISO 4217 code of the currency a bare `$` means where an article does not say (default USD). */
  currency?: string;
  failOn: 'error' | 'warning' | 'none';
  /** More warnings than this fail the run (exit 1) even without an error. */
  maxWarnings?: number;
  /** Findings a person has accepted, by their stable id, each with why. */
  reviewed: ReviewedFinding[];
  /** Where each report goes; no `file` means stdout. */
  outputs: { format: OutputFormat; file?: string }[];
  /** The file the configuration came from: absolute when it was discovered, as given with `--config`. */
  file: string;
}

/** The report formats: the report package is their one source of truth (a test keeps the schema's equal). */
export const OUTPUT_FORMATS = FORMATS;
export type OutputFormat = ReportFormat;

/** A finding a person has reviewed and accepted: its `id` as reports show it, and the reason. */
export interface ReviewedFinding {
  id: string;
  reason: string;
}

/** Which articles a ledger speaks for: those that name one of these (see the ledger format's `scope`). */
export interface LedgerScope {
  entities?: string[];
  terms?: string[];
}

export const CONFIG_FILES = ['factledger.config.json', 'factledger.config.yaml', 'factledger.config.yml'];

/** The config schema's `$id`: what a config's `$schema` names, and where the schema is published. */
export const CONFIG_SCHEMA_ID = 'https://factledger.dev/schema/config/v1.json';

// Read at run time, not imported, as the ledger's schema is: the file sits beside `src/` and `dist/`
// alike, and editors read the same file through the package's `./config.schema.json` export.
export const configSchema: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8'),
);

// Compiled once, on the first configuration read: not on import, which every command would pay for.
let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false }).compile(
    configSchema,
  );
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** A configuration found for a folder. */
export interface FoundConfig {
  /** Read and validated; its `file` is named relative to the folder it was looked for from, as the user sees it. */
  config: Config;
  /** The absolute path of its file: paths in it resolve from this file's folder. */
  path: string;
}

/**
 * Finds, reads and validates the configuration that applies in `cwd`: the first folder from `cwd`
 * up to the filesystem root with `factledger.config.json`, `.yaml`/`.yml`, or a `factledger` key
 * in its `package.json` (as ESLint and remark look upward). Undefined when there is none.
 */
export async function findConfig(cwd: string): Promise<FoundConfig | undefined> {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const found = await configIn(folder);
    if (found) {
      const shown = relative(cwd, found.file) || found.file;
      return { config: parseConfig(found.text, shown, found.key), path: found.file };
    }
    if (dirname(folder) === folder) return undefined;
  }
}

async function configIn(folder: string): Promise<{ file: string; text: string; key?: string } | undefined> {
  for (const name of CONFIG_FILES) {
    const file = join(folder, name);
    const text = await readIfThere(file);
    if (text !== undefined) return { file, text };
  }
  const file = join(folder, 'package.json');
  const pkg = await readIfThere(file);
  // Only a top-level "factledger" key is a configuration: a dependency or a script of that name is not.
  if (pkg !== undefined && hasConfigKey(pkg)) return { file, text: pkg, key: 'factledger' };
  return undefined;
}

/**
 * A file's text, or undefined when there is no such file. One that is there but cannot be read
 * is an error: passing over it would quietly run with a configuration further up.
 */
async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new FactledgerError('unreadable', `Cannot read the configuration (${code ?? 'error'})`, {
      file,
      hint: 'make it readable, or remove it to use the one in a folder above',
      cause: error,
    });
  }
}

function hasConfigKey(pkg: string): boolean {
  try {
    const data: unknown = JSON.parse(pkg);
    return typeof data === 'object' && data !== null && Object.hasOwn(data, 'factledger');
  } catch {
    // A package.json that is not JSON is reported by whoever reads it for what it is; it holds no config.
    return false;
  }
}

/** Every problem of a configuration at once: the CLI prints one line per problem, like a ledger's. */
export class InvalidConfigError extends FactledgerError {
  readonly errors: readonly FactledgerError[];

  constructor(errors: readonly FactledgerError[], file: string, hint: string) {
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super('invalid-option', `${first?.message ?? 'Invalid configuration'}${more}`, {
      file,
      position: first?.position,
      hint,
    });
    this.errors = errors.length > 0 ? errors : [new FactledgerError('invalid-option', this.message, { file, hint })];
  }

  override format(): string {
    return this.errors.map((error) => error.format()).join('\n');
  }
}

/**
 * Reads and validates a configuration. Every problem is reported at once, each with the line and
 * column where it is in the file as written (YAML and JSON alike: JSON is read as YAML 1.2).
 */
export function parseConfig(text: string, file: string, key?: string): Config {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const lines = new LineIndex(text);
  const at = (range: readonly number[] | null | undefined): Position =>
    lines.position(range?.[0] ?? 0, range?.[1] ?? range?.[0] ?? 0);
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new FactledgerError('invalid-option', `Cannot read the configuration: ${first?.message.split('\n')[0]}`, {
      file,
      position: at(first?.pos),
      hint: `${basename(file)} must be valid ${/\.json$/.test(file) ? 'JSON' : 'YAML'}`,
    });
  }
  const root: unknown = key ? doc.get(key, true) : doc.contents;
  const data = isNode(root) ? root.toJSON() : undefined;
  const errors = validate(data);
  if (errors.length > 0) {
    const problems = errors.map((e) => describe(e, root as Node | undefined, at));
    const hint = 'see `factledger reconcile --help` for the configuration keys';
    throw new InvalidConfigError(
      problems.map(
        (p, k) =>
          new FactledgerError('invalid-option', p.reason, {
            file,
            position: p.position,
            ...(k === problems.length - 1 ? { hint } : {}),
          }),
      ),
      file,
      hint,
    );
  }
  const config = data as {
    articles?: string[];
    ignores?: string[];
    ledger?: string;
    ledgers?: (string | { file: string; scope: LedgerScope })[];
    published?: string;
    currency?: string;
    failOn?: Config['failOn'];
    outputs?: Config['outputs'];
    maxWarnings?: number;
    reviewed?: ReviewedFinding[];
  };
  return {
    articles: config.articles ?? [],
    ignores: config.ignores ?? [],
    ledgers: [
      ...(config.ledger ? [config.ledger] : []),
      ...(config.ledgers ?? []).map((l) => (typeof l === 'string' ? l : l.file)),
    ],
    scopes: Object.fromEntries(
      (config.ledgers ?? []).flatMap((l) => (typeof l === 'string' ? [] : [[l.file, l.scope] as const])),
    ),
    ...(config.published ? { published: config.published } : {}),
    ...(config.currency ? { currency: config.currency } : {}),
    failOn: config.failOn ?? 'error',
    ...(config.maxWarnings !== undefined ? { maxWarnings: config.maxWarnings } : {}),
    reviewed: (config.reviewed ?? []).map(({ id, reason }) => ({ id, reason })),
    outputs: config.outputs ?? [{ format: 'text' }],
    file,
  };
}

function describe(
  error: ErrorObject,
  root: Node | undefined,
  at: (range: readonly number[] | null | undefined) => Position,
): { reason: string; position: Position } {
  const path = error.instancePath.split('/').slice(1);
  let node: unknown = root;
  for (const segment of path) {
    if (isMap(node)) node = node.get(segment, true);
    else if (isSeq(node)) node = node.get(Number(segment), true);
  }
  const where = path.length
    ? path
        .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '')
    : 'the configuration';
  let reason = `${where}: ${error.message ?? 'is invalid'}`;
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    reason = `${where}: Unexpected key \`${extra}\``;
    if (isMap(node)) {
      const pair = node.items.find((p) => isNode(p.key) && String(p.key.toJSON()) === extra);
      if (pair && isNode(pair.key)) return { reason, position: at(pair.key.range) };
    }
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
      .map((v) => `\`${String(v)}\``)
      .join(', ');
    reason = `${where}: Unexpected \`${String(isNode(node) ? node.toJSON() : node)}\`, expected one of ${allowed}`;
  }
  const shape = SHAPES[error.schemaPath];
  if (error.keyword === 'pattern' && shape) {
    reason = `${where}: Unexpected \`${String(isNode(node) ? node.toJSON() : node)}\`, expected ${shape}`;
  }
  return { reason, position: at(isNode(node) ? node.range : undefined) };
}

// What a `pattern` stands for, in words: ajv's message would print the regular expression.
const SHAPES: Record<string, string> = {
  '#/properties/published/pattern': 'a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`',
  '#/properties/currency/pattern': 'an ISO 4217 code in capitals, such as `AUD`',
  '#/properties/reviewed/items/properties/id/pattern':
    "a finding id: 16 hexadecimal digits, as in the JSON report's `id`",
};
