import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FactledgerError } from '@factledger/core';

export interface LockOptions {
  /**
   * How long to wait for another writer that is still running, in ms (default 10 s); then the
   * write fails with an error naming that writer. A running writer's lock is never taken, however long it takes.
   */
  timeoutMs?: number;
}

/** What a holder learns when it gets the lock. */
export interface HeldLock {
  /** When the lock was taken, on the file system's clock. */
  acquiredAt: number;
  /**
   * When the earliest crashed writer whose lock was cleared took its lock, if any. Files that
   * writer left half-written (temp files) are no older than this and no newer than `acquiredAt`;
   * nobody else can be writing them while we hold the lock.
   */
  crashedSince: number | undefined;
}

/** A lock holder, as its file name says: `<pid>.<token>.<host>`. */
interface Owner {
  name: string;
  pid: number;
  host: string;
}

const OWNER = /^(\d+)\.([0-9a-f-]{36})\.(.+)$/;

function ownerName(pid: number, host: string, token: string): string {
  return `${pid}.${token}.${encodeURIComponent(host)}`;
}

function parseOwner(name: string): Owner | undefined {
  const m = OWNER.exec(name);
  if (!m) return undefined;
  try {
    return { name, pid: Number(m[1]), host: decodeURIComponent(m[3] ?? '') };
  } catch {
    return undefined;
  }
}

/** Dead means gone, never slow: only a process on this host can be checked, and only a missing pid is dead. */
function isDead(owner: Owner): boolean {
  if (owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `fn` while holding the lock of `file` (its real path: a symlink and its target share one
 * lock). write-file-atomic serialises writes within one process only; two `ledger add`s in two
 * shells would otherwise both read the old ledger and the second rename would drop the first's fact.
 *
 * The protocol. The lock is the directory `<file>.lock`, holding one file named after its owner
 * (`<pid>.<token>.<host>`); a process holds the lock exactly while that file of its own is in it.
 * - Take: make a private directory `<file>.lock.new.<owner>` with the owner file inside, and
 *   rename it to `<file>.lock`. A directory rename fails when the target is a non-empty
 *   directory, so it succeeds only when nobody holds the lock, and atomically.
 * - Release: remove its own owner file, then the directory (`rmdir` removes only an empty
 *   one: if someone took the lock in between, theirs stays).
 * - A crashed owner: when the owner file names a pid on this host that no longer exists, move
 *   that file (by its name, which no one else ever has) out of the lock, to
 *   `<file>.lock.dead.<owner>`. Of several processes doing this one succeeds, and none can move
 *   anything else: a lock file that a live process holds is never touched. An empty lock
 *   directory is nobody's and any process may remove it.
 * Why not a lock file broken by renaming it aside: the rename takes whatever file is there by
 * then, possibly a live writer's lock, and it cannot always be put back once a third writer
 * has taken the free name — two writers then write at once. Why not by age: a slow writer
 * (a large ledger) is alive, and its lock must hold.
 * The moved-aside owner files stay until a holder has cleaned up after the crashed writer, so
 * a crash in between still leaves evidence of it for the next one.
 */
export async function withLock<T>(
  file: string,
  fn: (lock: HeldLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lockDir = `${file}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const me = ownerName(process.pid, hostname(), randomUUID());
  const fresh = `${lockDir}.new.${me}`;
  const deadline = Date.now() + timeoutMs;
  try {
    await mkdir(fresh);
    await writeFile(join(fresh, me), '');
  } catch (error) {
    await discard(fresh, me);
    throw cannotLock(lockDir, error);
  }
  let delay = 10;
  for (;;) {
    try {
      await rename(fresh, lockDir);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTEMPTY/EEXIST: held (EPERM on Windows, which renames onto no directory); ENOTDIR: a file of that name.
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM' && code !== 'ENOTDIR') {
        await discard(fresh, me);
        throw cannotLock(lockDir, error);
      }
    }
    const holders = await lockHolders(lockDir);
    // Progress means the lock may be free now: try again at once. A failure to clear must not spin.
    const gone = (error: NodeJS.ErrnoException) => error.code === 'ENOENT';
    let progressed = false;
    if (holders?.length === 0) progressed = await rmdir(lockDir).then(() => true, gone);
    for (const owner of holders?.filter(isDead) ?? []) {
      const moved = await rename(join(lockDir, owner.name), `${lockDir}.dead.${owner.name}`).then(() => true, gone);
      progressed ||= moved;
    }
    if (progressed) continue;
    if (Date.now() >= deadline) {
      await discard(fresh, me);
      throw await lockedBy(file, lockDir, holders?.[0]);
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 200);
  }
  const mine = join(lockDir, me);
  let evidence: string[] = [];
  try {
    // The owner file's time says when the lock was taken: written now, it is the time we got it.
    const since = new Date().toISOString();
    await writeFile(mine, `${JSON.stringify({ pid: process.pid, host: hostname(), since })}\n`).catch(() => {});
    const acquiredAt = (await stat(mine)).mtimeMs;
    const left = await leftovers(lockDir);
    evidence = left.dead;
    await Promise.all(left.fresh.map((entry) => discard(entry.path, entry.owner.name)));
    const times = await Promise.all(
      left.dead.map((path) =>
        stat(path).then(
          (s) => s.mtimeMs,
          () => Infinity,
        ),
      ),
    );
    const earliest = Math.min(...times);
    return await fn({ acquiredAt, crashedSince: Number.isFinite(earliest) ? earliest : undefined });
  } finally {
    await Promise.all(evidence.map((path) => unlink(path).catch(() => {})));
    await unlink(mine).catch(() => {});
    await rmdir(lockDir).catch(() => {});
  }
}

/** The owners named in the lock directory; undefined when it is not a directory (a stray file of that name). */
async function lockHolders(lockDir: string): Promise<Owner[] | undefined> {
  try {
    const names = await readdir(lockDir);
    return names.map((name) => parseOwner(name) ?? { name, pid: 0, host: '' });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : undefined;
  }
}

/** A private directory prepared to become the lock: removed when it did not. */
async function discard(dir: string, name: string): Promise<void> {
  await unlink(join(dir, name)).catch(() => {});
  await rmdir(dir).catch(() => {});
}

/**
 * What crashed processes left beside the lock: owner files moved out of it (`.dead.`), and
 * directories prepared by a process that died before it got the lock (`.new.`, only when
 * that process is gone: a waiting writer's is its own).
 */
async function leftovers(lockDir: string): Promise<{ dead: string[]; fresh: { path: string; owner: Owner }[] }> {
  const dir = dirname(lockDir);
  const base = `${basename(lockDir)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const dead: string[] = [];
  const fresh: { path: string; owner: Owner }[] = [];
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    const rest = name.slice(base.length);
    if (rest.startsWith('dead.') && parseOwner(rest.slice(5))) dead.push(join(dir, name));
    const owner = rest.startsWith('new.') ? parseOwner(rest.slice(4)) : undefined;
    if (owner && isDead(owner)) fresh.push({ path: join(dir, name), owner });
  }
  return { dead, fresh };
}

function cannotLock(lockDir: string, error: unknown): FactledgerError {
  return new FactledgerError('ledger-write', 'Cannot create the lock beside the ledger; the ledger is unchanged', {
    file: lockDir,
    hint: String((error as NodeJS.ErrnoException).code ?? error),
    cause: error,
  });
}

async function lockedBy(file: string, lockDir: string, owner: Owner | undefined): Promise<FactledgerError> {
  if (!owner || owner.pid === 0) {
    return new FactledgerError(
      'ledger-write',
      `The ledger is locked by ${lockDir}, which names no factledger process`,
      {
        file,
        hint: `remove ${lockDir} if no factledger process is writing this ledger`,
      },
    );
  }
  const taken = await stat(join(lockDir, owner.name)).then(
    (info) => ` since ${info.mtime.toISOString()}`,
    () => '',
  );
  const elsewhere =
    owner.host === hostname() ? '' : ` on ${owner.host} (another machine: it cannot be checked from here)`;
  return new FactledgerError('ledger-write', `The ledger is locked by process ${owner.pid}${elsewhere}${taken}`, {
    file,
    hint: `wait until it is done, or remove ${lockDir} if that process is gone`,
  });
}
