/**
 * The packages as a user gets them: builds, packs every workspace package and installs the tarballs
 * with plain npm into `dir`, a folder outside the workspace. Shared by the packed-install test and
 * the start-up benchmark, so both measure exactly what `npm i factledger` installs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** pnpm as the README runs it: the one running this process if any, else the pinned version through npx. */
export function pnpm(args: string[]): string {
  const execPath = process.env.npm_execpath;
  const pinned = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string })
    .packageManager;
  const [command, prefix] =
    execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['npx', ['-y', pinned]];
  return execFileSync(command, [...prefix, ...args], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
}

/** Packs into `dir/tarballs` and installs into `dir/app`; returns the app folder. */
export function packAndInstall(dir: string): string {
  const tarballs = join(dir, 'tarballs');
  const app = join(dir, 'app');
  mkdirSync(app, { recursive: true });
  // One build first: each pack's own `prepack` then finds everything up to date, and no two packs
  // compile a shared dependency at once.
  pnpm(['build']);
  pnpm(['-r', 'pack', '--pack-destination', tarballs]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const files = readdirSync(tarballs).map((t) => join(tarballs, t));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...files], {
    cwd: app,
    stdio: 'pipe',
  });
  return app;
}
