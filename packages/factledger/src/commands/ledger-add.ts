import { resolve } from 'node:path';
import type { Claim } from '@factledger/core';
import { FactledgerError } from '@factledger/core';
import { addFact, type FactInput, type FactKind, type SourceInput, type ValueInput } from '@factledger/ledger';
import { printable } from '@factledger/report';
import type { OptionSpec, Parsed } from '../command.js';
import type { Context } from '../context.js';
import { EXIT_CLEAN } from '../context.js';
import { parseSize } from '../size-option.js';
import { claimDescription, claimSlug, claimSource, claimValue, PERS } from './ledger-claims.js';

const KINDS: readonly FactKind[] = ['money', 'percent', 'count', 'multiplier', 'date', 'duration', 'ordinal'];

export const addOptionSpecs: Record<string, OptionSpec> = {
  from: {
    type: 'string',
    arg: '<article:line:col>',
    description: 'take kind, value, unit, period and source from the claim at that place (or article:c12 by claim id)',
  },
  id: { type: 'string', arg: '<id>', description: 'the new fact id (lowercase, digits, . _ -)' },
  kind: { type: 'string', arg: '<kind>', description: 'what the fact measures', choices: KINDS },
  value: {
    type: 'string',
    arg: '<value>',
    description: 'a number (1.25e12, 1,250, 2.5 billion) or a date YYYY-MM-DD',
  },
  unit: { type: 'string', arg: '<unit>', description: "currency code for money, the noun for counts, '%' or 'x'" },
  per: { type: 'string', arg: '<period>', description: 'the period a payment is per', choices: PERS },
  'as-of': { type: 'string', arg: '<YYYY-MM-DD>', description: 'the date the value holds at' },
  period: { type: 'string', arg: '<period>', description: 'the time the value covers: 2019, 2019-03, 2021/2025' },
  description: { type: 'string', arg: '<text>', description: 'what the fact is, in words (default: from the id)' },
  term: {
    type: 'string',
    arg: '<text>',
    multiple: true,
    description: 'a word that marks claims about it (repeatable)',
  },
  entity: { type: 'string', arg: '<id>', multiple: true, description: 'an entity the fact concerns (repeatable)' },
  'source-outlet': { type: 'string', arg: '<name>', description: 'where the figure was published' },
  'source-url': { type: 'string', arg: '<url>', description: 'the URL of the source' },
  'source-published': { type: 'string', arg: '<YYYY-MM-DD>', description: 'when the source was published' },
};

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?)\s*(thousand|million|billion|trillion)?$/i;

function parseAmount(text: string): number {
  const m = NUMBER.exec(text.trim().replaceAll('_', ''));
  if (!m) {
    throw new FactledgerError('invalid-option', `Unexpected \`--value ${text}\`, expected a number`, {
      hint: 'write it as 1.25e12, 1250000000000, 1,250 or 2.5 billion',
    });
  }
  return Number(m[1]?.replaceAll(',', '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1);
}

function str(values: Parsed['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function list(values: Parsed['values'], name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export async function runLedgerAdd(context: Context, { values, positionals }: Parsed): Promise<number> {
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new FactledgerError('invalid-option', file === undefined ? 'No ledger given' : 'Expected one ledger', {
      hint: 'factledger ledger add <ledger> --id <id> --kind <kind> --value <value> --unit <unit>',
    });
  }
  const from = str(values, 'from');
  const fact = from ? await factFromClaim(context, from, values) : factFromOptions(values);
  const maxBytes = parseSize(values['max-size'], 'max-size');
  const ledger = await addFact(resolve(context.cwd, file), fact, {
    name: file,
    ...(maxBytes ? { maxBytes } : {}),
    onWarning: (warning) => context.stderr.write(`factledger ledger: warning: ${warning.format()}\n`),
  });
  const added = ledger.fact(fact.id);
  const line = added?.position ? `:${added.position.start.line}` : '';
  context.stdout.write(`${printable(file)}${line}: added \`${fact.id}\` (${ledger.facts.length} facts)\n`);
  return EXIT_CLEAN;
}

function common(values: Parsed['values'], id: string): Omit<FactInput, 'kind' | 'value'> {
  const source: SourceInput | undefined =
    str(values, 'source-outlet') || str(values, 'source-url')
      ? {
          outlet: str(values, 'source-outlet') ?? hostOf(str(values, 'source-url') ?? ''),
          ...(str(values, 'source-url') ? { url: str(values, 'source-url') } : {}),
          ...(str(values, 'source-published') ? { published: str(values, 'source-published') } : {}),
        }
      : undefined;
  const terms = list(values, 'term');
  const entities = list(values, 'entity');
  return {
    id,
    description: str(values, 'description') ?? id.replace(/[-_.]+/g, ' '),
    ...(str(values, 'as-of') ? { asOf: str(values, 'as-of') } : {}),
    ...(str(values, 'period') ? { period: str(values, 'period') } : {}),
    ...(terms.length || entities.length
      ? { match: { ...(entities.length ? { entities } : {}), ...(terms.length ? { terms } : {}) } }
      : {}),
    ...(source ? { sources: [source] } : {}),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function required(values: Parsed['values'], name: string): string {
  const value = str(values, name);
  if (value === undefined) {
    throw new FactledgerError('invalid-option', `Missing \`--${name}\``, {
      hint: 'run `factledger ledger add --help` for the options',
    });
  }
  return value;
}

function factFromOptions(values: Parsed['values']): FactInput {
  const id = required(values, 'id');
  const kind = required(values, 'kind') as FactKind;
  const raw = str(values, 'value');
  const unit = str(values, 'unit');
  const per = str(values, 'per') as ValueInput['per'];
  let value: ValueInput | undefined;
  if (raw !== undefined) {
    if (kind === 'date') value = { date: raw };
    else {
      value = { amount: parseAmount(raw) };
      if (kind === 'money') {
        if (!unit)
          throw new FactledgerError('invalid-option', 'Missing `--unit` for a money fact', {
            hint: 'give the currency, e.g. --unit USD',
          });
        value.currency = unit.toUpperCase();
      } else if (unit) value.unit = unit;
      else if (kind === 'percent') value.unit = '%';
      if (per) value.per = per;
    }
  }
  return { ...common(values, id), kind, ...(value ? { value } : {}) };
}

/**
 * Reading and extracting an article loads compromise and the parser: import them only when
 * `--from` is used, so `ledger validate` and a plain `ledger add` start fast.
 */
async function articleModules() {
  const [{ readArticle }, { extractClaims }] = await Promise.all([
    import('@factledger/parse'),
    import('@factledger/extract'),
  ]);
  return { readArticle, extractClaims };
}

const PLACE = /^(.*):(\d+):(\d+)$/;
const CLAIM_ID = /^(.*):(c\d+)$/;

async function factFromClaim(context: Context, from: string, values: Parsed['values']): Promise<FactInput> {
  const place = PLACE.exec(from);
  const byId = place ? undefined : CLAIM_ID.exec(from);
  const article = place?.[1] ?? byId?.[1];
  if (!article) {
    throw new FactledgerError('invalid-option', `Unexpected \`--from ${from}\`, expected article:line:column`, {
      hint: 'e.g. --from articles/a.md:12:7, or article:c3 for a claim id from `factledger extract`',
    });
  }
  const { readArticle, extractClaims } = await articleModules();
  const doc = await readArticle(article, { cwd: context.cwd });
  const claims = extractClaims(doc);
  const line = Number(place?.[2]);
  const column = Number(place?.[3]);
  const claim = byId
    ? claims.find((c) => c.id === byId[2])
    : claims.find((c) => {
        const { start, end } = c.position;
        const afterStart = line > start.line || (line === start.line && column >= start.column);
        const beforeEnd = line < end.line || (line === end.line && column < end.column);
        return afterStart && beforeEnd;
      });
  if (!claim) {
    throw new FactledgerError('invalid-option', `No figure at \`${from}\``, {
      file: article,
      hint: 'run `factledger extract` on the article to see where each figure is',
    });
  }
  return claimToFact(claim, article, { ...doc.metadata }, values);
}

function claimToFact(
  claim: Claim,
  article: string,
  metadata: Record<string, unknown>,
  values: Parsed['values'],
): FactInput {
  const kind = (str(values, 'kind') as FactKind | undefined) ?? claim.kind;
  const id = str(values, 'id') ?? claimSlug(claim);
  const value = claimValue(claim, kind);
  const source: SourceInput = { ...claimSource(claim, article, metadata) };
  if (str(values, 'source-outlet')) source.outlet = str(values, 'source-outlet') as string;
  if (str(values, 'source-url')) source.url = str(values, 'source-url');
  const base = common(values, id);
  const period = base.period ?? claim.period ?? undefined;
  return {
    ...base,
    description: str(values, 'description') ?? claimDescription(claim),
    kind,
    ...(value ? { value } : {}),
    ...(period ? { period: String(period) } : {}),
    sources: [source, ...(base.sources ?? [])],
  };
}
