/**
 * Reconcile against generated ledgers of 1,000 and 10,000 facts with the same 2,000 claims: facts
 * are indexed by term, so the time per claim depends on the candidate facts its sentence names,
 * not on the size of the ledger. Ledger loading (schema validation) is timed apart.
 */
import { parseLedger } from '@factledger/ledger';
import { reconcile } from '@factledger/reconcile';
import { best } from './bench-stats.js';

type Claim = Parameters<typeof reconcile>[0][number];

function ledgerText(facts: number): string {
  const data = {
    topic: 'generated',
    entities: [{ id: 'town', name: 'Port Alder' }],
    facts: Array.from({ length: facts }, (_, i) => ({
      id: `item-${i}`,
      description: `Spending line ${i}`,
      kind: 'money',
      value: { amount: (i + 1) * 1e6, currency: 'EUR' },
      period: String(2000 + (i % 25)),
      match: { entities: ['town'], terms: [`line${i}`], period: String(2000 + (i % 25)) },
    })),
  };
  return JSON.stringify(data);
}

function claims(count: number, facts: number): Claim[] {
  return Array.from({ length: count }, (_, k) => {
    const i = (k * 7919) % facts;
    const text = `€${i + 1 + (k % 3)} million`;
    const sentence = `Port Alder spent ${text} on line${i} in ${2000 + (i % 25)}.`;
    const at = sentence.indexOf(text);
    return {
      id: `c${k}`,
      kind: 'money',
      text,
      value: (i + 1 + (k % 3)) * 1e6,
      unit: 'EUR',
      per: null,
      hedge: 'none',
      precision: { step: 1e6 },
      subject: null,
      actors: [],
      period: String(2000 + (i % 25)),
      attribution: null,
      block: 'body',
      sentence,
      inSentence: { start: at, end: at + text.length },
      document: `article-${k % 50}.md`,
      position: {
        start: { line: k + 1, column: at + 1, offset: k * 100 },
        end: { line: k + 1, column: at + 1 + text.length },
      },
    } as Claim;
  });
}

export function benchReconcile(): void {
  const rows: string[] = [];
  for (const facts of [1_000, 10_000]) {
    let t = performance.now();
    const ledger = parseLedger(ledgerText(facts), { format: 'json' });
    const load = performance.now() - t;
    const input = claims(2_000, 1_000); // the same claims name the same facts in both ledgers
    reconcile(input.slice(0, 100), ledger, { compareArticles: false }); // warm up
    t = performance.now();
    const findings = reconcile(input, ledger, { compareArticles: false });
    const took = performance.now() - t;
    rows.push(
      `${facts} facts → ${took.toFixed(0)} ms (${findings.length} findings; ledger load ${load.toFixed(0)} ms)`,
    );
  }
  console.log(`reconcile, 2000 claims: ${rows.join('; ')}`);
  benchLedgerLoad();
}

/**
 * A JSON ledger of 100,000 facts (19 MB) read as JSON (JSON.parse and one event pass for places)
 * against the same text read as YAML (the document parser every ledger once went through), interleaved.
 */
function benchLedgerLoad(rounds = 2, facts = 100_000): void {
  const text = ledgerText(facts);
  const times = { json: [] as number[], yaml: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const format of ['json', 'yaml'] as const) {
      const t = performance.now();
      parseLedger(text, { format, maxBytes: 64 << 20 });
      times[format].push(performance.now() - t);
    }
  }
  const json = best(times.json);
  const yaml = best(times.yaml);
  console.log(
    `ledger load, ${facts.toLocaleString('en')} facts (${(text.length / 1024 / 1024).toFixed(1)} MB of JSON): as JSON ${json.toFixed(0)} ms, ` +
      `through the YAML parser ${yaml.toFixed(0)} ms; ${(yaml / json).toFixed(1)}× faster (target ≥ 8×)`,
  );
}
