import { resolve } from 'node:path';
import type { Claim } from '@factledger/core';
import { FactledgerError, isFactledgerError } from '@factledger/core';
import { checkLedger, type FactInput, factsYaml, loadLedger, periodsOverlap, readLedgerText } from '@factledger/ledger';
import { printable } from '@factledger/report';
import type { Parsed } from '../command.js';
import type { Context } from '../context.js';
import { EXIT_CLEAN, EXIT_ERROR } from '../context.js';
import { errorLines } from '../print-error.js';
import { parseSize } from '../size-option.js';
import { claimDescription, claimSlug, claimSource, claimValue } from './ledger-claims.js';

/** How far apart two figures may be and still be the same quantity (relative to the larger). */
const CLOSE = 0.1;

/** A claim together with the article it came from. */
interface Found {
  claim: Claim;
  article: string;
  metadata: Readonly<Record<string, unknown>>;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= CLOSE * Math.max(Math.abs(a), Math.abs(b));
}

/** Two times agree when either is unknown or they share a day. */
function timesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  return a == null || b == null || periodsOverlap(a, b) !== false;
}

/** Whether two claims state the same quantity: same kind, unit and rate period, close values and times. */
function sameQuantity(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind || (a.unit ?? '').toLowerCase() !== (b.unit ?? '').toLowerCase()) return false;
  if (a.per && b.per && a.per !== b.per) return false;
  if (!timesAgree(a.period, b.period)) return false;
  if (typeof a.value === 'number' && typeof b.value === 'number') return close(a.value, b.value);
  return a.value === b.value;
}

/** Claims worth a fact: a figure in the body of the text, not a date (articles use dates to say when). */
function worthAFact(claim: Claim): boolean {
  return claim.kind !== 'date' && claim.value !== null && claim.block !== 'boilerplate' && !claim.conversionOf;
}

/** One proposed fact for a group of claims stating the same quantity. */
function proposeFact(group: readonly Found[], id: string): FactInput {
  const first = group[0] as Found;
  const claim = first.claim;
  const value = claimValue(claim, claim.kind);
  // The schema needs a unit for counts, durations and ordinals: without one, say what was stated instead.
  const needsUnit = ['count', 'duration', 'ordinal'].includes(claim.kind) && !value?.unit;
  const stated = [...new Set(group.map((f) => `${f.claim.text.replace(/\s+/g, ' ')} (${f.article})`))];
  const notes = [
    ...(stated.length > 1 || needsUnit ? [`stated as ${stated.join(', ')}`] : []),
    ...(needsUnit ? ['add value: { amount, unit } with the counted noun'] : []),
  ];
  const period = group.map((f) => f.claim.period).find((p) => p);
  return {
    id,
    description: claimDescription(claim),
    kind: claim.kind,
    ...(value && !needsUnit ? { value } : {}),
    ...(period ? { period } : {}),
    sources: group.map((f) => claimSource(f.claim, f.article, f.metadata)),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

function uniqueId(base: string, taken: Set<string>): string {
  const stem = /^[a-z0-9]/.test(base) ? base : `fact-${base}`;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

export async function runLedgerSuggest(context: Context, { values, positionals }: Parsed): Promise<number> {
  const [file, ...articles] = positionals;
  if (file === undefined || articles.length === 0) {
    throw new FactledgerError('invalid-option', file === undefined ? 'No ledger given' : 'No article given', {
      hint: 'factledger ledger suggest <ledger> <article…>',
    });
  }
  const maxBytes = parseSize(values['max-size'], 'max-size');
  const path = resolve(context.cwd, file);
  const ledger = await loadLedger(path, maxBytes ? { maxBytes } : {});
  const { readArticle } = await import('@factledger/parse');
  const { extractClaims } = await import('@factledger/extract');

  const { reconcile } = await import('@factledger/reconcile');

  const unmatched: Found[] = [];
  let claims = 0;
  let failed = 0;
  // One unreadable article is reported and the others still get their suggestions.
  for (const article of articles) {
    try {
      const doc = await readArticle(article, { cwd: context.cwd });
      const all = extractClaims(doc);
      // The same matcher as `check`: a figure it ties to a fact (or finds ambiguous between facts)
      // needs no new one.
      const published = typeof doc.metadata.published === 'string' ? doc.metadata.published : undefined;
      const known = new Set(
        reconcile(all, ledger, { articles: { [doc.id]: published ? { published } : {} }, compareArticles: false })
          .filter((f) => f.rule === 'fact' && (f.fact !== null || f.verdict === 'ambiguous'))
          .map((f) => f.claim.id),
      );
      for (const claim of all.filter(worthAFact)) {
        claims++;
        if (!known.has(claim.id)) unmatched.push({ claim, article, metadata: { ...doc.metadata } });
      }
    } catch (error) {
      if (!isFactledgerError(error)) throw error;
      failed++;
      context.stderr.write(errorLines(error));
    }
  }

  const groups: Found[][] = [];
  for (const found of unmatched) {
    const group = groups.find((g) => sameQuantity((g[0] as Found).claim, found.claim));
    if (group) group.push(found);
    else groups.push([found]);
  }
  const taken = new Set(ledger.facts.map((f) => f.id));
  const facts = groups.map((group) => proposeFact(group, uniqueId(claimSlug((group[0] as Found).claim), taken)));

  // What the ledger would say with these facts in it (a missing rate, say): shown as comments, not hidden.
  const problems = new Map<number, string[]>();
  if (facts.length > 0) {
    const combined = { ...ledger.data, facts: [...ledger.data.facts, ...facts] };
    const check = checkLedger(JSON.stringify(combined), { format: 'json' });
    for (const error of check.errors) {
      const at = /^\/facts\/(\d+)/.exec(error.pointer);
      const index = at ? Number(at[1]) - ledger.data.facts.length : -1;
      if (index < 0) continue;
      problems.set(index, [...(problems.get(index) ?? []), error.message.replace(/^facts\[\d+\]/, 'this fact')]);
    }
  }

  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary = `${n(facts.length, 'fact')} suggested for ${n(unmatched.length, 'claim')} that match nothing in ${file} (${n(claims - unmatched.length, 'claim')} already do)`;
  if (facts.length > 0) {
    const text = await readLedgerText(path, maxBytes);
    const comments = new Map([...problems].map(([i, list]) => [i, list.map((p) => `check: ${p}`)]));
    comments.set(0, [`${summary}; paste under \`facts:\``, ...(comments.get(0) ?? [])]);
    context.stdout.write(factsYaml(facts, { like: text, comments }));
  }
  context.stderr.write(`${printable(summary)}\n`);
  return failed > 0 ? EXIT_ERROR : EXIT_CLEAN;
}
