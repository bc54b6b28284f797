import type { FactInput, FactKind, RateInput, ValueInput } from './format.js';
import type { Problem } from './messages.js';
import { convertAmount } from './rates.js';

/** The kind of fact each operation yields; `difference` keeps its operands' kind. */
const RESULT_KIND: Record<'percent-change' | 'ratio', FactKind> = { 'percent-change': 'percent', ratio: 'multiplier' };
const NON_NUMERIC: ReadonlySet<FactKind> = new Set(['date', 'ordinal']);

/** When a fact holds, for converting its currency: its period, else its as-of date, else its match period. */
export function factTime(fact: FactInput): string | undefined {
  return fact.period ?? fact.asOf ?? fact.match?.period;
}

/**
 * Computes every derived fact's value from the facts it refers to, in dependency order, and
 * reports dangling references, cycles, operands of the wrong kind and declared kinds that do not
 * match the operation. A derived fact that cannot be computed gets no value (and a problem).
 */
export function deriveValues(
  facts: readonly FactInput[],
  rates: readonly RateInput[],
): {
  values: Map<string, ValueInput>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const byId = new Map<string, { fact: FactInput; index: number }>();
  facts.forEach((fact, index) => {
    if (!byId.has(fact.id)) byId.set(fact.id, { fact, index });
  });
  const values = new Map<string, ValueInput>();
  for (const fact of facts) if (fact.value && !fact.derived) values.set(fact.id, fact.value);

  // 0 = not visited, 1 = on the current path, 2 = done. Iterative, so a long chain cannot overflow the stack.
  const state = new Map<string, number>();
  const reported = new Set<string>();

  const visit = (rootId: string): void => {
    const stack: { id: string; next: number }[] = [{ id: rootId, next: 0 }];
    state.set(rootId, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const entry = byId.get(frame.id);
      const derived = entry?.fact.derived;
      const operands = derived ? [derived.from, derived.to] : [];
      if (frame.next < operands.length) {
        const operand = operands[frame.next++]!;
        const target = byId.get(operand);
        if (!target?.fact.derived) continue;
        const s = state.get(operand) ?? 0;
        if (s === 1) {
          const cycle = [...stack.slice(stack.findIndex((f) => f.id === operand)).map((f) => f.id), operand];
          reportCycle(cycle);
        } else if (s === 0) {
          state.set(operand, 1);
          stack.push({ id: operand, next: 0 });
        }
        continue;
      }
      stack.pop();
      state.set(frame.id, 2);
      if (entry) compute(entry.fact, entry.index);
    }
  };

  const reportCycle = (cycle: string[]): void => {
    for (const id of new Set(cycle)) {
      if (reported.has(id)) continue;
      reported.add(id);
      const entry = byId.get(id);
      if (!entry) continue;
      problems.push({
        path: ['facts', entry.index, 'derived'],
        reason: `derived facts form a cycle: ${cycle.join(' → ')}`,
        hint: 'a derived fact must rest on facts with values',
      });
    }
  };

  const compute = (fact: FactInput, index: number): void => {
    const derived = fact.derived;
    if (!derived || reported.has(fact.id)) return;
    const at = (...rest: (string | number)[]) => ['facts', index, ...rest];
    let ok = true;
    const operands: { fact: FactInput; value: ValueInput }[] = [];
    for (const side of ['from', 'to'] as const) {
      const id = derived[side];
      const target = byId.get(id);
      if (!target) {
        const guess = [...byId.keys()].find((k) => k.toLowerCase() === id.toLowerCase());
        problems.push({
          path: at('derived', side),
          reason: `unknown fact \`${id}\``,
          hint: guess ? `did you mean \`${guess}\`?` : 'refer to the id of a fact in this ledger',
        });
        ok = false;
        continue;
      }
      if (NON_NUMERIC.has(target.fact.kind)) {
        problems.push({
          path: at('derived', side),
          reason: `\`${id}\` is a ${target.fact.kind} fact; a ${derived.op} needs numbers (money, percent, count, multiplier or duration)`,
        });
        ok = false;
        continue;
      }
      const value = values.get(id);
      if (value?.amount === undefined) {
        // A cycle or a broken operand was reported where it happened; a disputed operand is reported here.
        if (!target.fact.derived) {
          problems.push({
            path: at('derived', side),
            reason: `\`${id}\` has no value to compute from`,
            hint: 'give it a value, or drop this derived fact until it has one',
          });
        }
        ok = false;
        continue;
      }
      operands.push({ fact: target.fact, value });
    }
    const [from, to] = operands;
    if (!ok || !from || !to) return;

    if (from.fact.kind !== to.fact.kind) {
      problems.push({
        path: at('derived'),
        reason: `\`${derived.from}\` is a ${from.fact.kind} fact but \`${derived.to}\` is a ${to.fact.kind} fact`,
        hint: 'a derived fact compares two facts of the same kind',
      });
      return;
    }
    const expected = derived.op === 'difference' ? from.fact.kind : RESULT_KIND[derived.op];
    if (fact.kind !== expected) {
      problems.push({
        path: at('kind'),
        reason: `a ${derived.op} of ${from.fact.kind} facts is a ${expected} fact, not ${fact.kind}`,
      });
      return;
    }
    let fromAmount = from.value.amount ?? 0;
    const toAmount = to.value.amount ?? 0;
    const fromCurrency = from.value.currency;
    const toCurrency = to.value.currency;
    if (fromCurrency && toCurrency && fromCurrency !== toCurrency) {
      const when = factTime(from.fact);
      const converted =
        when === undefined ? undefined : convertAmount(rates, fromAmount, fromCurrency, toCurrency, when);
      if (converted === undefined) {
        problems.push({
          path: at('derived', 'from'),
          reason: `cannot convert \`${derived.from}\` from ${fromCurrency} to ${toCurrency}${when ? ` for ${when}` : ''}`,
          hint: when ? 'add a rate for that time under `rates`' : 'give the fact a `period` or `asOf` to convert at',
        });
        return;
      }
      fromAmount = converted;
    }
    if (derived.op !== 'difference' && fromAmount === 0) {
      problems.push({
        path: at('derived', 'from'),
        reason: `\`${derived.from}\` is zero, so a ${derived.op} divides by zero`,
      });
      return;
    }
    if (derived.op === 'percent-change') {
      values.set(fact.id, { amount: ((toAmount - fromAmount) / fromAmount) * 100, unit: '%' });
    } else if (derived.op === 'ratio') {
      values.set(fact.id, { amount: toAmount / fromAmount, unit: 'x' });
    } else {
      const { amount: _, date: __, ...rest } = to.value;
      values.set(fact.id, { ...rest, amount: toAmount - fromAmount });
    }
  };

  for (const fact of facts) {
    if (fact.derived && (state.get(fact.id) ?? 0) === 0) visit(fact.id);
  }
  return { values, problems };
}
