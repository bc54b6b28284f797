// A child process for the write tests: `writer.ts loop FILE A B` rewrites FILE with the texts in
// files A and B, alternately, forever (until killed); `writer.ts add FILE PREFIX N` adds N facts.
import { readFileSync } from 'node:fs';
import { addFact, writeLedger } from '../../src/index.js';

const [mode, file, a, b] = process.argv.slice(2);
if (!file || !a) throw new Error('usage: writer.ts loop FILE A B | add FILE PREFIX N');

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
}
