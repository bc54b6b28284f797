/**
 * A newsroom archive through `factledger check`, end to end, as a subprocess: generated articles
 * (Markdown, text and HTML, ~1 KB each) against a generated 1,000-fact ledger, many articles per
 * fact, a tenth of the facts without a value so the cross-article comparison has work to do.
 * Prints time and peak RSS at 1,000 and 10,000 articles, medians of three interleaved runs (time
 * should grow ≤ 11× for 10× the articles, peak RSS stay within 10%), then one thread against two
 * on 2,000 articles; with `sections`, articles a hundred times as long (`pnpm bench --archive-100mb`: 2,400 of them, over 100 MB through the CLI).
 * `cli` is node's arguments to start the CLI: the compiled package as `npm i factledger` installs it,
 * what a newsroom runs (from source, tsx's own work per function call is a third of the memory).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench-stats.js';

const preload = fileURLToPath(new URL('./cpu-report.mjs', import.meta.url));
const FACTS = 1_000;
const VALUELESS_EVERY = 10;

const FILLER = [
  'Officials said the figures would be reviewed at the next council meeting.',
  'Residents who spoke at the hearing were divided on the plan.',
  'The authority did not respond to a request for comment by the deadline.',
  'A spokesperson said further details would follow in the coming weeks.',
  'Opposition members called for an independent audit of the accounts.',
];

function ledger(): string {
  const facts = Array.from({ length: FACTS }, (_, i) => ({
    id: `line-${i}`,
    description: `Spending on budget line ${i}`,
    kind: 'money',
    ...(i % VALUELESS_EVERY === 0 ? {} : { value: { amount: (i + 1) * 1e6, currency: 'EUR' } }),
    period: String(2000 + (i % 25)),
    match: { entities: ['town'], terms: [`line ${i}`], period: String(2000 + (i % 25)) },
  }));
  return JSON.stringify({ topic: 'archive', entities: [{ id: 'town', name: 'Port Alder' }], facts });
}

/** Article `k`: three figures a section about three facts, one of them misstated now and then, wrapped in its format. */
function article(k: number, sections = 1): { name: string; text: string } {
  const lines: string[] = [];
  for (let j = 0; j < 3 * sections; j++) {
    const i = (k * 7 + j * 331) % FACTS;
    const amount = i + 1 + (k % 11 === 0 ? 2 : 0);
    lines.push(
      `Port Alder spent €${amount} million on budget line ${i} in ${2000 + (i % 25)}, the accounts show.`,
      FILLER[(k + j) % FILLER.length] as string,
    );
  }
  const paras = [`Report ${k} on the town budget.`, ...lines];
  switch (k % 3) {
    case 0:
      return {
        name: `a${k}.md`,
        text: `---\ntitle: Budget ${k}\npublished: 2024-03-01\n---\n\n${paras.join('\n\n')}\n`,
      };
    case 1:
      return {
        name: `a${k}.html`,
        text: `<!doctype html><html><head><title>Budget ${k}</title><meta name="date" content="2024-03-01"></head><body><article>${paras
          .map((p) => `<p>${p}</p>`)
          .join('\n')}</article></body></html>\n`,
      };
    default:
      return { name: `a${k}.txt`, text: `${paras.join('\n\n')}\n` };
  }
}

export function archive(dir: string, count: number, sections = 1): { bytes: number } {
  const articles = join(dir, 'articles');
  mkdirSync(articles, { recursive: true });
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const { name, text } = article(k, sections);
    // Folders of a thousand, as an archive keeps them.
    const sub = join(articles, String(Math.floor(k / 1000)));
    if (k % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, name), text);
    bytes += text.length;
  }
  writeFileSync(join(dir, 'ledger.json'), ledger());
  return { bytes };
}

function check(cli: readonly string[], dir: string, extra: string[] = []): { wall: number; cpu: number; rss: number } {
  const t = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      '--import',
      preload,
      ...cli,
      'check',
      '--ledger',
      'ledger.json',
      '--format',
      'jsonl',
      '--output-file',
      'findings.jsonl',
      '--fail-on',
      'none',
      ...extra,
      'articles',
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`check exited ${r.status}: ${r.stderr}`);
  const rss = Number((r.stderr ?? '').trim().split('\n').at(-1)) * 1024;
  const { cpu } = JSON.parse(r.output[3] as string) as { cpu: number };
  return { wall, cpu: cpu / 1000, rss };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function benchArchive(
  cli: readonly string[],
  sizes: readonly number[] = [1_000, 10_000],
  sections = 1,
  rounds = sizes.length > 1 ? 3 : 1,
): void {
  const rows = measureArchives(cli, sizes, sections, rounds);
  for (const r of rows) {
    console.log(
      `archive (compiled CLI), ${r.count} articles (${mb(r.bytes)}, 1,000-fact ledger; median of ${r.rounds}): ${s(r.wall)} wall, ${s(r.cpu)} CPU, peak RSS ${mb(r.rss)}`,
    );
  }
  const [small, large] = [rows[0], rows.at(-1)];
  if (small && large && large !== small) {
    const n = large.count / small.count;
    console.log(
      `archive, ${n}× the articles: ${(large.wall / small.wall).toFixed(1)}× the time (target ≤ ${(n * 1.1).toFixed(0)}×), ` +
        `peak RSS ${((large.rss / small.rss - 1) * 100).toFixed(1)}% apart (target within 10%)`,
    );
  }
}

/**
 * Each size's median time and peak over `rounds` interleaved runs: one run's peak moves by a few MB
 * with what the collector happened to do, as much as the gap the target allows between the sizes.
 */
function measureArchives(cli: readonly string[], sizes: readonly number[], sections: number, rounds: number) {
  const dirs = sizes.map((count) => {
    const dir = mkdtempSync(join(tmpdir(), 'factledger-archive-'));
    return { count, dir, ...archive(dir, count, sections), runs: [] as ReturnType<typeof check>[] };
  });
  try {
    for (let round = 0; round < rounds; round++) for (const d of dirs) d.runs.push(check(cli, d.dir));
    return dirs.map((d) => {
      const of = (key: 'wall' | 'cpu' | 'rss') => median(d.runs.map((r) => r[key]));
      return { count: d.count, bytes: d.bytes, rounds, wall: of('wall'), cpu: of('cpu'), rss: of('rss') };
    });
  } finally {
    for (const d of dirs) rmSync(d.dir, { recursive: true, force: true });
  }
}

/** One thread against two on the same 2,000 articles, interleaved; says whether two cores were free. */
export function benchThreads(cli: readonly string[], count = 2_000, rounds = 3): void {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-threads-'));
  try {
    archive(dir, count);
    const walls: Record<string, number[]> = { '1': [], '2': [] };
    for (let round = 0; round < rounds; round++) {
      for (const threads of ['1', '2']) walls[threads]?.push(check(cli, dir, ['--concurrency', threads]).wall);
    }
    const one = median(walls['1'] as number[]);
    const two = median(walls['2'] as number[]);
    console.log(
      `threads, ${count} articles: 1 thread ${s(one)}, 2 threads ${s(two)} (${(one / two).toFixed(2)}× faster; ` +
        `${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)}) — two ${two < one ? 'beat' : 'did not beat'} one`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
