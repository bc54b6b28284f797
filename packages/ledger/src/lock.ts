import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
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

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `fn` while holding `<file>.lock`, created with O_EXCL so only one process (or call) holds
 * it at a time. write-file-atomic serialises writes within one process only; two `ledger add`s
 * in two shells would otherwise both read the old ledger and the second rename would drop the
 * first one's fact. A lock left by a crashed process is detected (dead pid, or too old) and taken over.
 */
export async function withLock<T>(file: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = `${file}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 60_000;
  const owner: Owner = { pid: process.pid, host: hostname(), token: randomUUID(), since: new Date().toISOString() };
  const content = `${JSON.stringify(owner)}\n`;
  const deadline = Date.now() + timeoutMs;
  let delay = 10;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(content);
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
      await takeOver(lockPath, held.text);
      continue;
    }
    if (Date.now() >= deadline) {
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
  try {
    return await fn();
  } finally {
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
 * what was moved turns out not to be the stale lock we saw, puts it back.
 */
async function takeOver(lockPath: string, seen: string): Promise<void> {
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    await rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => seen);
  if (moved !== seen) await link(aside, lockPath).catch(() => {});
  await unlink(aside).catch(() => {});
}
