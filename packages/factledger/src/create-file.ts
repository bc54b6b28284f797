import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes `text` to `path` all at once or not at all: a temp file in the same folder, synced, then
 * put in place. Without `overwrite` it is put in place with a hard link, which fails if the path
 * exists: a file someone wrote between our check and our write is never replaced. Rejects with the
 * filesystem's error (`EEXIST` when the file is already there).
 */
export async function createFile(path: string, text: string, overwrite = false): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (overwrite) await rename(temp, path);
    else await link(temp, path);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
