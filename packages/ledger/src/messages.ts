import type { ErrorObject } from 'ajv';
import type { Segment } from './locate.js';
import { ledgerSchema } from './schema.js';

/** A problem found in the data, before it is given a file and a line:column. */
export interface Problem {
  path: Segment[];
  reason: string;
  hint?: string;
  /** Point at the key of the last segment rather than its value (unknown properties, duplicate keys). */
  atKey?: boolean;
}

// ajv errors name the schema they come from by object: map each `$defs` entry back to its name.
const defNames = new Map<unknown, string>(Object.entries(ledgerSchema.$defs).map(([name, def]) => [def, name]));

/** `'USDD'`, `12`, `a list`: a value the way an error message shows it. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describe(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

/** The edit distance of two short strings, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function patternProblem(def: string | undefined, data: unknown): Pick<Problem, 'reason' | 'hint'> {
  switch (def) {
    case 'currency':
      return {
        reason: `${show(data)} is not an ISO 4217 code`,
        hint: 'use a three-letter code such as USD, EUR or KRW',
      };
    case 'id':
      return {
        reason: `${show(data)} is not a valid id`,
        hint: "use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit",
      };
    case 'date':
      return { reason: `${show(data)} is not a date`, hint: 'write it as YYYY-MM-DD' };
    default:
      return { reason: `${show(data)} does not have the expected form` };
  }
}

function formatProblem(format: string, data: unknown): Pick<Problem, 'reason' | 'hint'> {
  switch (format) {
    case 'calendar':
      return {
        reason: `${show(data)} is not a date`,
        hint: 'write a year, a month or a day: 1991, 2025-11 or 2025-11-14',
      };
    case 'date':
      return { reason: `${show(data)} is not a date`, hint: 'write it as YYYY-MM-DD' };
    case 'period':
      return {
        reason: `${show(data)} is not a period`,
        hint: 'write a year, month or day (2019, 2019-03, 2019-03-08) or START/END of those',
      };
    case 'uri':
      return { reason: `${show(data)} is not a URL`, hint: 'write an absolute URL, e.g. https://example.org/story' };
    default:
      return { reason: `${show(data)} is not a valid ${format}` };
  }
}

function segmentsOf(instancePath: string): Segment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Turns ajv's errors into problems a person can act on, in words. Errors that only restate
 * another (`if`, a `format` after a failed `pattern` on the same value) are dropped.
 */
export function schemaProblems(errors: readonly ErrorObject[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = toProblem(error);
    if (!problem) continue;
    const key = `${problem.path.join('/')}\u0000${problem.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function toProblem(error: ErrorObject): Problem | undefined {
  const path = segmentsOf(error.instancePath);
  const def = defNames.get(error.parentSchema);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return undefined;
    case 'required': {
      const missing = String(params.missingProperty);
      const why = error.schemaPath.includes('/then/') ? ' for this kind of fact' : '';
      return { path, reason: `missing \`${missing}\`${why}` };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closest(extra, known);
      return {
        path: [...path, extra],
        atKey: true,
        reason: `unknown property \`${extra}\``,
        hint: guess ? `did you mean \`${guess}\`?` : `expected one of ${known.map((k) => `\`${k}\``).join(', ')}`,
      };
    }
    case 'type':
      return { path, reason: `expected ${TYPE_WORDS[String(params.type)] ?? params.type}, got ${show(error.data)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        path,
        reason: `${show(error.data)} is not one of ${allowed.join(', ')}`,
        ...(guess ? { hint: `did you mean \`${guess}\`?` } : {}),
      };
    }
    case 'pattern':
      return { path, ...patternProblem(def, error.data) };
    case 'format':
      return { path, ...formatProblem(String(params.format), error.data) };
    case 'minLength':
      return {
        path,
        reason: Number(params.limit) === 1 ? 'must not be empty' : `is shorter than ${params.limit} characters`,
      };
    case 'maxLength':
      return { path, reason: `is longer than ${params.limit} characters` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, reason: `${show(error.data)} must be ${params.comparison} ${params.limit}` };
    case 'minProperties':
      return def === 'tolerance'
        ? { path, reason: 'needs `relative` or `absolute`' }
        : { path, reason: `needs at least ${params.limit} properties` };
    case 'not': {
      if (def !== 'fact') return { path, reason: 'matches a form that is not allowed here' };
      const fact = (error.data ?? {}) as Record<string, unknown>;
      if ('value' in fact && 'derived' in fact)
        return {
          path,
          reason: 'has both `value` and `derived`',
          hint: 'a derived fact is computed from its two facts: remove `value`',
        };
      return {
        path,
        reason: 'has a `unit` and a value',
        hint: 'a fact with a value (or derived) states its unit or currency in `value`: remove `unit`',
      };
    }
    default:
      return { path, reason: error.message ?? `fails \`${error.keyword}\`` };
  }
}
