/**
 * `pnpm bench [--mb 5] [--skip-memory] [--skip-startup] [--skip-archive] [--archive-100mb]
 * [--only-archive] [--only-startup]`: parse+extract against compromise and a
 * bare regex scan over the same mixed corpus, interleaved, by CPU time (see bench-throughput.ts);
 * then peak memory of the pipeline alone at 1, 5 and 25 MB of input, each measured
 * in a fresh child process so one size's peak cannot hide another's; then reconcile against generated
 * ledgers of 1,000 and 10,000 facts and a 100,000-fact ledger's loading (see bench-reconcile.ts);
 * then a generated archive of 1,000 and 10,000 articles through the compiled `check`, and one thread
 * against two (see bench-archive.ts); then the CLI's start-up, compiled against from source (see
 * bench-startup.ts).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractClaims } from '@factledger/extract';
import { parseArticle } from '@factledger/parse';
import { benchArchive, benchThreads } from './bench-archive.js';
import { type Article, corpus } from './bench-corpus.js';
import { benchReconcile } from './bench-reconcile.js';
import { benchStartup, withPackage } from './bench-startup.js';
import { benchThroughput } from './bench-throughput.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    child: { type: 'string' },
    'skip-memory': { type: 'boolean', default: false },
    'skip-startup': { type: 'boolean', default: false },
    'skip-archive': { type: 'boolean', default: false },
    'archive-100mb': { type: 'boolean', default: false },
    // One part alone, to measure a change to it without the minutes the others take.
    'only-archive': { type: 'boolean', default: false },
    'only-startup': { type: 'boolean', default: false },
  },
});

function pipeline(texts: readonly Article[]): number {
  let claims = 0;
  for (const a of texts) claims += extractClaims(parseArticle(a.text, { id: a.id, published: '2024-01-15' })).length;
  return claims;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

if (values.child) {
  const claims = pipeline(corpus(Number(values.child)));
  process.stdout.write(JSON.stringify({ claims, maxRss: process.resourceUsage().maxRSS * 1024 }));
} else if (values['only-archive']) {
  withPackage((cli) => {
    benchArchive(cli);
    if (values['archive-100mb']) benchArchive(cli, [2_400], 100);
  });
} else if (values['only-startup']) {
  withPackage((cli) => benchStartup(cli));
} else {
  await benchThroughput(corpus(Number(values.mb)), corpus(0.2));
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
  // One build and install of the package for every part that runs the CLI as a user gets it.
  withPackage((cli) => {
    if (!values['skip-archive']) {
      benchArchive(cli);
      benchThreads(cli);
    }
    if (values['archive-100mb']) benchArchive(cli, [2_400], 100);
    if (!values['skip-startup']) benchStartup(cli);
  });
}
