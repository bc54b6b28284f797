import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every file whose name matches `names` below the given folders (relative to the checkout, and
 * node_modules left out), with its text: the benchmark's corpus and the tests that run over every
 * article we have read the same files. A folder that is not there is passed over, since the seeds
 * and the realworld corpus sit beside the checkout only on some machines.
 */
export function corpusFiles(folders: readonly string[], names: RegExp): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (names.test(entry.name)) out.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return out;
}
