/**
 * What a CI user pays per run before any article is read: `factledger --help` and `check` on one
 * small article, from the compiled package (what `npm i factledger` runs) against from source under
 * tsx (what a checkout runs), in interleaved rounds so a shift in machine load hits both alike.
 * Prints median wall and CPU time per variant and the compiled/source ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench-stats.js';
import { packAndInstall, repoRoot as root } from './pack-install.js';

const preload = fileURLToPath(new URL('./cpu-report.mjs', import.meta.url));

const COMMANDS: Record<string, string[]> = {
  '--help': ['--help'],
  'check, one article': [
    'check',
    '--ledger',
    'fixtures/topics/wildfire.ledger.yaml',
    '--fail-on',
    'none',
    'fixtures/topics/articles/orrin-herald.md',
  ],
};

function once(way: string[], args: string[]): { wall: number; cpu: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, ...way, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${way.join(' ')} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const { cpu } = JSON.parse(r.output[3] as string) as { cpu: number };
  return { wall, cpu: cpu / 1000 };
}

/**
 * The compiled side is the packed packages installed with npm (`withPackage`), outside the
 * workspace, where nothing resolves to source.
 */
export function benchStartup(compiled: readonly string[], rounds = 7): void {
  measure({ compiled: [...compiled], 'source (tsx)': ['--import', 'tsx', 'packages/factledger/src/bin.ts'] }, rounds);
}

/** Runs `use` with the CLI as `npm i factledger` installs it (node's arguments to start it), then removes it. */
export function withPackage(use: (compiled: readonly string[]) => void): void {
  const work = mkdtempSync(join(tmpdir(), 'factledger-bench-'));
  try {
    use([join(packAndInstall(work), 'node_modules/factledger/bin/factledger.js')]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function measure(ways: Record<string, string[]>, rounds: number): void {
  for (const [name, args] of Object.entries(COMMANDS)) {
    const samples = new Map<string, { wall: number[]; cpu: number[] }>();
    for (const way of Object.keys(ways)) samples.set(way, { wall: [], cpu: [] });
    once(ways.compiled as string[], args); // warm the file cache for both sides
    samples.set('node -e 0', { wall: [], cpu: [] });
    for (let round = 0; round < rounds; round++) {
      for (const [way, argv] of Object.entries(ways)) {
        const { wall, cpu } = once(argv, args);
        samples.get(way)?.wall.push(wall);
        samples.get(way)?.cpu.push(cpu);
      }
      // The floor: Node itself starting and exiting, in the same rounds.
      const bare = once(['-e', '0'], []);
      samples.get('node -e 0')?.wall.push(bare.wall);
      samples.get('node -e 0')?.cpu.push(bare.cpu);
    }
    const row = (way: string) => {
      const s = samples.get(way) as { wall: number[]; cpu: number[] };
      return { wall: median(s.wall), cpu: median(s.cpu) };
    };
    const compiled = row('compiled');
    const source = row('source (tsx)');
    const bare = row('node -e 0');
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(
      `start-up, factledger ${name}: compiled ${ms(compiled.wall)} wall / ${ms(compiled.cpu)} CPU; ` +
        `source ${ms(source.wall)} / ${ms(source.cpu)}; node -e 0 ${ms(bare.wall)} / ${ms(bare.cpu)}; ` +
        `compiled/source ${(compiled.wall / source.wall).toFixed(2)} wall, ${(compiled.cpu / source.cpu).toFixed(2)} CPU; ` +
        `compiled/node ${(compiled.wall / bare.wall).toFixed(1)}× wall (median of ${rounds} interleaved rounds)`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) withPackage((cli) => benchStartup(cli));
