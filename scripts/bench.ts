/**
 * `pnpm bench [--mb 5] [--baseline-mb 5]`: the whole parse+extract pipeline against compromise's own
 * money/percentage/number extraction plus compromise-dates over the same article text, in one process,
 * reported as a ratio; then peak memory of the pipeline alone at 1, 5 and 25 MB of input, each measured
 * in a fresh child process so one size's peak cannot hide another's; then reconcile against generated
 * ledgers of 1,000 and 10,000 facts (see bench-reconcile.ts); then the CLI's start-up, compiled
 * against from source (see bench-startup.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractClaims } from '@factledger/extract';
import { parseArticle } from '@factledger/parse';
import { benchReconcile } from './bench-reconcile.js';
import { benchStartup } from './bench-startup.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    'baseline-mb': { type: 'string' },
    child: { type: 'string' },
    'skip-memory': { type: 'boolean', default: false },
    'skip-startup': { type: 'boolean', default: false },
  },
});

/** Article texts to repeat: our fixtures, and the real seeds when they are beside the checkout. */
function corpus(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'fixtures'));
  try {
    walk(join(root, '..', 'shared', 'seeds'));
  } catch {
    // No seeds beside this checkout: the fixtures alone are the corpus.
  }
  return texts;
}

function articles(megabytes: number): string[] {
  const base = corpus();
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < megabytes * 1024 * 1024; k++) {
    const text = base[k % base.length] as string;
    out.push(text);
    size += text.length;
  }
  return out;
}

function pipeline(texts: string[]): number {
  let claims = 0;
  for (const [k, text] of texts.entries()) {
    claims += extractClaims(parseArticle(text, { id: `a${k}.txt`, published: '2024-01-15' })).length;
  }
  return claims;
}

async function baseline(texts: string[]): Promise<number> {
  const nlp = (await import('compromise')).default;
  const dates = (await import('compromise-dates')).default;
  nlp.plugin(dates);
  let found = 0;
  for (const text of texts) {
    // biome-ignore lint/suspicious/noExplicitAny: compromise-dates adds .dates() without types.
    const doc = nlp(text) as any;
    found += doc.money().length + doc.percentages().length + doc.numbers().length + doc.dates().length;
  }
  return found;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

if (values.child) {
  const texts = articles(Number(values.child));
  const claims = pipeline(texts);
  process.stdout.write(JSON.stringify({ claims, maxRss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const size = Number(values.mb);
  const texts = articles(size);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  pipeline(articles(0.2)); // warm up both sides' code paths
  let t = performance.now();
  const claims = pipeline(texts);
  const ours = performance.now() - t;
  const baseTexts = articles(Number(values['baseline-mb'] ?? size));
  const baseChars = baseTexts.reduce((n, s) => n + s.length, 0);
  await baseline(articles(0.2));
  t = performance.now();
  const theirs = await baseline(baseTexts);
  const compromise = performance.now() - t;
  const oursRate = chars / ours;
  const theirRate = baseChars / compromise;
  console.log(`factledger parse+extract: ${mb(chars)} in ${(ours / 1000).toFixed(2)} s, ${claims} claims`);
  console.log(
    `compromise money+percentages+numbers+dates: ${mb(baseChars)} in ${(compromise / 1000).toFixed(2)} s, ${theirs} matches`,
  );
  console.log(`speed ratio (factledger / compromise, chars per second): ${(oursRate / theirRate).toFixed(1)}x`);
  if (!values['skip-memory']) {
    const rows: string[] = [];
    for (const size of [1, 5, 25]) {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size)],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      );
      const { maxRss } = JSON.parse(out) as { maxRss: number };
      rows.push(`${size} MB → ${mb(maxRss)}`);
    }
    console.log(`peak RSS of the pipeline by input size: ${rows.join(', ')}`);
  }
  benchReconcile();
  if (!values['skip-startup']) benchStartup();
}
