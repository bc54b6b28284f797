import { randomUUID } from 'node:crypto';
import { link, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FactledgerError } from '@factledger/core';

export interface LockOptions {
  /** How long to wait for another writer, in ms (default 10 s). */
  timeoutMs?: number;
  /** A lock older than this is taken to be left by a crash even if its owner cannot be checked (default 60 s). */
  staleMs?: number;
}

interface Owner {
  pid: number;
  host: string;
  token: string;
  since: string;
}

/** What a holder learns when it gets the lock. */
export interface HeldLock {
  /** When the lock file was created (its mtime), on the file system's clock. */
  acquiredAt: number;
  /**
   * When the earliest lock this acquisition replaced was taken by a writer that crashed (its
   * mtime), if any. Files that writer left half-written (temp files) are no older than this and
   * no newer than `acquiredAt`; nobody else can be writing them while we hold the lock.
   */
  crashedSince: number | undefined;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `fn` while holding `<file>.lock`, created with O_EXCL so only one process (or call) holds
 * it at a time. write-file-atomic serialises writes within one process only; two `ledger add`s
 * in two shells would otherwise both read the old ledger and the second rename would drop the
 * first one's fact. A lock left by a crashed process is detected (dead pid, or too old) and taken over.
 */
export async function withLock<T>(
  file: string,
  fn: (lock: HeldLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lockPath = `${file}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 60_000;
  const owner: Owner = { pid: process.pid, host: hostname(), token: randomUUID(), since: '' };
  const deadline = Date.now() + timeoutMs;
  // Stale locks moved aside by this call: kept until the holder has cleaned up after their writers,
  // so a crash in between still leaves evidence of the dead writer for the next one.
  const asides: string[] = [];
  let crashedSince: number | undefined;
  let acquiredAt = Date.now();
  let delay = 10;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        owner.since = new Date().toISOString();
        await handle.writeFile(`${JSON.stringify(owner)}\n`);
        acquiredAt = (await handle.stat()).mtimeMs;
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new FactledgerError('ledger-write', 'Cannot create the lock file beside the ledger', {
          file: lockPath,
          hint: String((error as NodeJS.ErrnoException).code ?? error),
          cause: error,
        });
      }
    }
    const held = await readOwner(lockPath);
    if (held && (await isStale(lockPath, held.owner, staleMs))) {
      const taken = await takeOver(lockPath, held.text);
      if (taken) {
        asides.push(taken.aside);
        crashedSince = Math.min(crashedSince ?? Number.POSITIVE_INFINITY, taken.since);
      }
      continue;
    }
    if (Date.now() >= deadline) {
      await Promise.all(asides.map((aside) => unlink(aside).catch(() => {})));
      const who = held?.owner
        ? `process ${held.owner.pid} on ${held.owner.host} since ${held.owner.since}`
        : 'another process';
      throw new FactledgerError('ledger-write', `The ledger is being written by ${who}`, {
        file,
        hint: `try again when it is done, or delete ${lockPath} if no factledger process is running`,
      });
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 200);
  }
  // Stale locks other writers moved aside and did not live to remove are evidence of a crash too.
  for (const left of await leftAsides(lockPath, staleMs)) {
    if (!asides.includes(left.aside)) asides.push(left.aside);
    crashedSince = Math.min(crashedSince ?? Number.POSITIVE_INFINITY, left.since);
  }
  try {
    return await fn({ acquiredAt, crashedSince });
  } finally {
    await Promise.all(asides.map((aside) => unlink(aside).catch(() => {})));
    // Remove the lock only if it is still ours: after a takeover it may belong to someone else.
    const held = await readOwner(lockPath);
    if (held?.owner?.token === owner.token) await unlink(lockPath).catch(() => {});
  }
}

async function readOwner(lockPath: string): Promise<{ text: string; owner: Owner | undefined } | undefined> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return { text, owner: JSON.parse(text) as Owner };
  } catch {
    // Created but not yet written (or torn by a crash): its age decides.
    return { text, owner: undefined };
  }
}

async function isStale(lockPath: string, owner: Owner | undefined, staleMs: number): Promise<boolean> {
  if (owner && owner.host === hostname() && !isAlive(owner.pid)) return true;
  try {
    const info = await stat(lockPath);
    return Date.now() - info.mtimeMs > (owner ? staleMs : Math.min(staleMs, 5_000));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a stale lock aside (rename is atomic: of two processes taking over, one wins) and, if
 * what was moved turns out not to be the stale lock we saw, puts it back. Returns the aside file
 * and when the stale lock was taken (rename keeps the mtime) when it really was the stale one.
 */
async function takeOver(lockPath: string, seen: string): Promise<{ aside: string; since: number } | undefined> {
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    await rename(lockPath, aside);
  } catch {
    return undefined;
  }
  const moved = await readFile(aside, 'utf8').catch(() => seen);
  if (moved !== seen) {
    await link(aside, lockPath).catch(() => {});
    await unlink(aside).catch(() => {});
    return undefined;
  }
  const info = await stat(aside).catch(() => undefined);
  if (!info) return undefined;
  return { aside, since: info.mtimeMs };
}

const ASIDE = /^\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.stale$/;

/**
 * Stale locks moved aside by writers that died (or still wait) before removing them. Each is
 * checked again like a lock: one moved aside by mistake and about to be put back names a live owner.
 */
async function leftAsides(lockPath: string, staleMs: number): Promise<{ aside: string; since: number }[]> {
  const dir = dirname(lockPath);
  const base = basename(lockPath);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: { aside: string; since: number }[] = [];
  for (const name of names) {
    if (!name.startsWith(base) || !ASIDE.test(name.slice(base.length))) continue;
    const aside = join(dir, name);
    const held = await readOwner(aside);
    const info = await stat(aside).catch(() => undefined);
    if (held && info && (await isStale(aside, held.owner, staleMs))) found.push({ aside, since: info.mtimeMs });
  }
  return found;
}
