import { once } from 'node:events';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { FactledgerError } from '@factledger/core';

/**
 * Pieces are gathered up to this many characters before a write: few enough writes to be fast,
 * and never a string near the longest V8 can make (a report on a million figures is larger). Not
 * much more: a longer one is a large object of its own, allocated outside the young generation.
 */
const CHUNK = 1 << 16;

/** Groups a report's pieces into writes of about {@link CHUNK} characters. */
function* chunks(pieces: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Writes a report to a stream piece by piece, waiting when the stream asks to (a pipe to a slow
 * reader); a stream that fails while waited on (the reader went away) rejects instead of hanging.
 */
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  for (const chunk of chunks(pieces)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}

/**
 * Writes a report file whole or not at all: into a temp file beside the target, renamed over it at
 * the end. A target that cannot be written (a directory, a path through a file, no permission) is
 * the user's mistake, reported as one with the path they gave; no temp file is left behind.
 */
export async function writeFileAtomically(path: string, pieces: Iterable<string>, shown = path): Promise<void> {
  const file = await openReportFile(path, shown);
  try {
    await file.write(pieces);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/** A report file being written as a run goes: pieces go to a temp file, which `commit` renames over the target. */
export interface ReportFile {
  write(pieces: Iterable<string>): Promise<void>;
  /** Puts the whole report in place. */
  commit(): Promise<void>;
  /** Leaves the target as it was and removes the temp file (a run that failed half way). */
  abort(): Promise<void>;
}

export async function openReportFile(path: string, shown = path): Promise<ReportFile> {
  const unusable = (reason: string, hint: string, cause?: unknown) =>
    new FactledgerError('invalid-option', reason, { file: shown, hint, cause });
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new FactledgerError('is-directory', 'Cannot write the report: the path is a directory', {
      file: shown,
      hint: 'name a file, e.g. reports/factledger.sarif',
    });
  }
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw unusable(
      `Cannot create the report's directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'a part of the path is a file, or not writable: name a file in a directory you can write',
      error,
    );
  }
  const temp = `${path}.${process.pid}.tmp`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temp, 'w');
  } catch (error) {
    throw unusable(
      `Cannot write the report (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'name a file in a directory you can write',
      error,
    );
  }
  const failed = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) return error;
    return unusable(`Cannot write the report (${code})`, 'check the disk has room and the path can be written', error);
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(pieces) {
      try {
        for (const chunk of chunks(pieces)) await handle.write(chunk);
      } catch (error) {
        throw failed(error);
      }
    },
    async commit() {
      try {
        await close();
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw failed(error);
      }
    },
    async abort() {
      await close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}
