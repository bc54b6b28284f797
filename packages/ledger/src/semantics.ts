import { isIsoCurrency } from './currency.js';
import { deriveValues, factTime } from './derive.js';
import type { LedgerFile, ValueInput } from './format.js';
import type { Segment } from './locate.js';
import { closest, type Problem, show } from './messages.js';
import { convertAmount } from './rates.js';

/** A problem with a second place it relates to (the first of two duplicates). */
export interface SemanticProblem extends Problem {
  related?: Segment[];
}

/**
 * The checks a schema cannot express: unique ids, references that resolve, currencies that
 * exist and can be converted, values whose shape fits their kind. Runs on schema-valid data (or on
 * the well-formed parts of a ledger, through `partialSemanticProblems`).
 */
export function semanticProblems(data: LedgerFile): { problems: SemanticProblem[]; derived: Map<string, ValueInput> } {
  const problems: SemanticProblem[] = [];
  const entities = data.entities ?? [];
  const facts = data.facts;
  const rates = data.rates ?? [];

  duplicates(
    entities.map((e) => e.id),
    'entities',
    problems,
  );
  duplicates(
    facts.map((f) => f.id),
    'facts',
    problems,
  );

  const entityIds = new Set(entities.map((e) => e.id));
  data.scope?.entities?.forEach((id, k) => {
    if (entityIds.has(id)) return;
    const guess = closest(id, entityIds);
    problems.push({
      path: ['scope', 'entities', k],
      reason: `unknown entity \`${id}\``,
      hint: guess ? `did you mean \`${guess}\`?` : 'declare it under `entities`',
    });
  });
  facts.forEach((fact, i) => {
    fact.match?.entities?.forEach((id, k) => {
      if (entityIds.has(id)) return;
      const guess = closest(id, entityIds);
      problems.push({
        path: ['facts', i, 'match', 'entities', k],
        reason: `unknown entity \`${id}\``,
        hint: guess ? `did you mean \`${guess}\`?` : 'declare it under `entities`',
      });
    });
  });

  rates.forEach((rate, i) => {
    for (const key of ['currency', 'per'] as const) currency(rate[key], ['rates', i, key], problems);
    if (rate.currency === rate.per)
      problems.push({ path: ['rates', i, 'per'], reason: 'a rate needs two different currencies' });
    if (rate.date === undefined && rate.period === undefined) {
      problems.push({ path: ['rates', i], reason: 'missing `date` or `period`', hint: 'say when the rate applies' });
    } else if (rate.date !== undefined && rate.period !== undefined) {
      problems.push({ path: ['rates', i, 'period'], reason: 'has both `date` and `period`', hint: 'keep one of them' });
    }
  });

  facts.forEach((fact, i) => {
    const value = fact.value;
    if (!value) return;
    const at = (key: string): Segment[] => ['facts', i, 'value', key];
    if (value.currency !== undefined) {
      if (fact.kind !== 'money') problems.push({ path: at('currency'), reason: `a ${fact.kind} fact has no currency` });
      else currency(value.currency, at('currency'), problems);
    }
    if (fact.kind === 'money' && value.unit !== undefined) {
      problems.push({ path: at('unit'), reason: 'a money fact has a `currency`, not a `unit`' });
    }
    if (fact.kind === 'percent' && value.unit !== undefined && !['%', 'pp', 'bp'].includes(value.unit)) {
      problems.push({
        path: at('unit'),
        reason: `${show(value.unit)} is not the unit of a percent`,
        hint: "use '%' for a level or a share, 'pp' or 'bp' for a change in points, or leave it out",
      });
    }
    if (fact.kind === 'multiplier' && value.unit !== undefined && value.unit !== 'x') {
      problems.push({
        path: at('unit'),
        reason: `${show(value.unit)} is not the unit of a multiplier; use 'x' or leave it out`,
      });
    }
    if (fact.kind === 'date' && value.amount !== undefined) {
      problems.push({ path: at('amount'), reason: 'a date fact has a `date`, not an `amount`' });
    }
    if (fact.kind !== 'date' && value.date !== undefined) {
      problems.push({ path: at('date'), reason: `a ${fact.kind} fact has an \`amount\`, not a \`date\`` });
    }
  });

  const { values, problems: derivedProblems } = deriveValues(facts, rates);
  for (const problem of derivedProblems) problems.push(problem);

  // A figure in one currency can only be checked against a fact in another when a rate covers
  // the fact's time: every money fact must convert into every other currency the ledger uses.
  const used = [...new Set(facts.flatMap((f) => (f.kind === 'money' && f.value?.currency ? [f.value.currency] : [])))];
  if (used.length > 1) {
    facts.forEach((fact, i) => {
      const from = fact.value?.currency;
      const when = factTime(fact);
      if (fact.kind !== 'money' || !from || !isIsoCurrency(from) || when === undefined) return;
      const missing = used.filter(
        (to) => to !== from && isIsoCurrency(to) && convertAmount(rates, 1, from, to, when) === undefined,
      );
      if (missing.length === 0) return;
      problems.push({
        path: ['facts', i, 'value', 'currency'],
        reason: `no rate converts ${from} to ${missing.join(', ')} for ${when}`,
        hint: 'add a rate for that date or period under `rates`',
      });
    });
  }
  return { problems, derived: values };
}

function duplicates(ids: readonly string[], list: string, problems: SemanticProblem[]): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else problems.push({ path: [list, i, 'id'], reason: `duplicate id \`${id}\``, related: [list, earlier, 'id'] });
  });
}

function currency(code: string, path: Segment[], problems: SemanticProblem[]): void {
  // The schema already rejected anything that is not three capital letters.
  if (/^[A-Z]{3}$/.test(code) && !isIsoCurrency(code)) {
    problems.push({
      path,
      reason: `${show(code)} is not an ISO 4217 code`,
      hint: 'use a code such as USD, EUR or KRW',
    });
  }
}

const LISTS = ['entities', 'rates', 'facts'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function startsWith(path: readonly Segment[], prefix: readonly Segment[]): boolean {
  return prefix.every((segment, i) => path[i] !== undefined && String(path[i]) === String(segment));
}

/**
 * The semantic checks over the parts of a schema-invalid ledger that are well-formed, so a user
 * sees every problem at once. An entity, rate or fact with a schema problem is left out, and so
 * is every problem it could have caused elsewhere: a reference to a left-out id is not reported
 * as dangling, derived facts built on a left-out fact are not checked, and when a rate is left
 * out, missing rates are not reported. Paths are those of the file as written.
 */
export function partialSemanticProblems(data: unknown, schemaPaths: readonly Segment[][]): SemanticProblem[] {
  if (!isRecord(data) || !Array.isArray(data.facts)) return [];
  const broken = (path: Segment[]) => schemaPaths.some((p) => startsWith(p, path) || startsWith(path, p));
  const kept: Record<(typeof LISTS)[number], { items: unknown[]; index: number[] }> = {
    entities: { items: [], index: [] },
    rates: { items: [], index: [] },
    facts: { items: [], index: [] },
  };
  const leftOut = { entities: new Set<string>(), facts: new Set<string>(), rates: 0, wholeList: new Set<string>() };
  for (const list of LISTS) {
    const items = data[list];
    if (items === undefined) continue;
    if (!Array.isArray(items) || schemaPaths.some((p) => p.length === 0 || (p.length === 1 && p[0] === list))) {
      leftOut.wholeList.add(list);
      continue;
    }
    items.forEach((item, i) => {
      if (broken([list, i])) {
        if (list === 'rates') leftOut.rates++;
        else if (isRecord(item) && typeof item.id === 'string') leftOut[list].add(item.id);
        return;
      }
      kept[list].items.push(item);
      kept[list].index.push(i);
    });
  }
  const subset = {
    topic: 't',
    entities: kept.entities.items,
    rates: kept.rates.items,
    facts: kept.facts.items,
  } as unknown as LedgerFile;
  const { problems } = semanticProblems(subset);

  // Facts whose derivation reaches a left-out fact, directly or through other derived facts.
  const tainted = new Set(leftOut.facts);
  for (let grew = true; grew; ) {
    grew = false;
    for (const fact of subset.facts) {
      if (!tainted.has(fact.id) && fact.derived && (tainted.has(fact.derived.from) || tainted.has(fact.derived.to))) {
        tainted.add(fact.id);
        grew = true;
      }
    }
  }
  const ratesIncomplete = leftOut.rates > 0 || leftOut.wholeList.has('rates');
  const relevant = problems.filter((problem) => {
    const [list, i, key] = problem.path;
    if (list === 'facts' && typeof i === 'number') {
      const fact = subset.facts[i];
      if (key === 'match' && problem.path[3] === 'entities') {
        const id = fact?.match?.entities?.[problem.path[4] as number];
        return !leftOut.wholeList.has('entities') && !(id !== undefined && leftOut.entities.has(id));
      }
      if ((key === 'derived' || key === 'kind') && fact && tainted.has(fact.id)) return false;
      if (ratesIncomplete && (problem.reason.startsWith('no rate') || problem.reason.startsWith('cannot convert'))) {
        return false;
      }
    }
    return true;
  });
  // Back to the indices of the file as written.
  const remap = (path: Segment[]): Segment[] => {
    const [list, i, ...rest] = path;
    const map = kept[list as (typeof LISTS)[number]];
    return map && typeof i === 'number' ? [list as Segment, map.index[i] as number, ...rest] : path;
  };
  return relevant.map((problem) => ({
    ...problem,
    path: remap(problem.path),
    ...(problem.related ? { related: remap(problem.related) } : {}),
  }));
}
