import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FactledgerError, LineIndex, type Position } from '@factledger/core';
import { FORMATS, type ReportFormat } from '@factledger/report';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isNode, isSeq, type Node, parseDocument } from 'yaml';

/** What `factledger reconcile` runs, as a CI job keeps it in the repository. */
export interface Config {
  /** Article files, directories or glob patterns, relative to the config file's directory. */
  articles: string[];
  /** One or more ledgers; a figure is judged against the ledger that knows it. */
  ledgers: string[];
  /** Per ledger (as named in `ledgers`), the articles it speaks for, when the config says. */
  scopes: Record<string, LedgerScope>;
  /** Publication date for articles that state none. */
  published?: string;
  failOn: 'error' | 'warning' | 'none';
  /** Where each report goes; no `file` means stdout. */
  outputs: { format: OutputFormat; file?: string }[];
  /** Patterns (.gitignore syntax, relative to the configuration's folder) of articles not to check. */
  ignores?: string[];
  /** Exit 1 past this many warnings. */
  maxWarnings?: number;
  /** The file the configuration came from, for messages. */
  file: string;
}

/** The report formats: the report package is their one source of truth. */
export const OUTPUT_FORMATS = FORMATS;
export type OutputFormat = ReportFormat;

/** Which articles a ledger speaks for: those that name one of these (see the ledger format's `scope`). */
export interface LedgerScope {
  entities?: string[];
  terms?: string[];
}

export const CONFIG_FILES = ['factledger.config.json', 'factledger.config.yaml', 'factledger.config.yml'];

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    articles: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ledger: { type: 'string', minLength: 1 },
    ledgers: {
      type: 'array',
      minItems: 1,
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['file', 'scope'],
            properties: {
              file: { type: 'string', minLength: 1 },
              scope: {
                type: 'object',
                additionalProperties: false,
                minProperties: 1,
                properties: {
                  entities: { type: 'array', items: { type: 'string', minLength: 1 } },
                  terms: { type: 'array', items: { type: 'string', minLength: 1 } },
                },
              },
            },
          },
        ],
      },
    },
    published: { type: 'string', pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' },
    failOn: { enum: ['error', 'warning', 'none'] },
    outputs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['format'],
        properties: { format: { enum: [...OUTPUT_FORMATS] }, file: { type: 'string', minLength: 1 } },
      },
    },
  },
} as const;

// Compiled once: validated many times (ajv's own advice).
const validate = new Ajv({ allErrors: true }).compile(schema);

/**
 * Finds the configuration in `dir`: `factledger.config.json`, `.yaml`/`.yml`, or the `factledger`
 * key of `package.json`. Returns undefined when there is none.
 */
export async function findConfig(dir: string): Promise<{ file: string; text: string; key?: string } | undefined> {
  for (const name of CONFIG_FILES) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => undefined);
    if (text !== undefined) return { file: name, text };
  }
  const pkg = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
  // Only a top-level "factledger" key is a configuration: a dependency or a script of that name is not.
  if (pkg !== undefined && hasConfigKey(pkg)) return { file: 'package.json', text: pkg, key: 'factledger' };
  return undefined;
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
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => describe(e, root as Node | undefined, at));
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
    ledger?: string;
    ledgers?: (string | { file: string; scope: LedgerScope })[];
    published?: string;
    failOn?: Config['failOn'];
    outputs?: Config['outputs'];
  };
  return {
    articles: config.articles ?? [],
    ledgers: [
      ...(config.ledger ? [config.ledger] : []),
      ...(config.ledgers ?? []).map((l) => (typeof l === 'string' ? l : l.file)),
    ],
    scopes: Object.fromEntries(
      (config.ledgers ?? []).flatMap((l) => (typeof l === 'string' ? [] : [[l.file, l.scope] as const])),
    ),
    ...(config.published ? { published: config.published } : {}),
    failOn: config.failOn ?? 'error',
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
  return { reason, position: at(isNode(node) ? node.range : undefined) };
}
