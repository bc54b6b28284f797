// A child process for the write tests: `writer.ts loop FILE A B` rewrites FILE with the texts in
// files A and B, alternately, forever (until killed); `writer.ts add FILE PREFIX N` adds N facts;
// `writer.ts one FILE ID OPTIONS` adds one fact and prints `added`, where OPTIONS is JSON:
// `lock` (the lock options), `holdMs` (stay that long in the locked section, a slow writer) or
// `crash` (die by SIGKILL while holding the lock).
import { readFileSync } from 'node:fs';
import type { Document } from 'yaml';
import { addFact, type LockOptions, updateLedger, writeLedger } from '../../src/index.js';

const [mode, file, a, b] = process.argv.slice(2);
if (!file || !a) throw new Error('usage: writer.ts loop FILE A B | add FILE PREFIX N | one FILE ID OPTIONS');

if (mode === 'loop' && b) {
  const texts = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
  for (let i = 0; ; i++) {
    await writeLedger(file, texts[i % 2] ?? '');
    if (i === 0) process.stdout.write('ready\n');
  }
} else if (mode === 'add') {
  for (let i = 0; i < Number(b); i++) {
    await addFact(
      file,
      { id: `${a}-${i}`, description: `fact ${i} from ${a}`, kind: 'count', value: { amount: i, unit: 'things' } },
      { lock: { timeoutMs: 30_000 } },
    );
  }
  process.stdout.write('done\n');
} else if (mode === 'one') {
  const options = JSON.parse(b ?? '{}') as { lock?: LockOptions; holdMs?: number; crash?: boolean };
  const fact = { id: a, description: `fact from ${a}`, kind: 'count', value: { amount: 1, unit: 'things' } };
  await updateLedger(
    file,
    (doc: Document) => {
      if (options.crash) process.kill(process.pid, 'SIGKILL');
      // A synchronous sleep: the write is slow the way a large ledger is, busy in the locked section.
      if (options.holdMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, options.holdMs);
      const facts = doc.get('facts', true) as { add(node: unknown): void };
      facts.add(doc.createNode(fact));
      return undefined;
    },
    options.lock ? { lock: options.lock } : {},
  );
  process.stdout.write('added\n');
}
