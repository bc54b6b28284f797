// Run by hostile.test.ts in a child process, so that a hang is killed by a timeout instead of blocking the runner.
import { extractClaims } from '../src/index.js';

export const HOSTILE: Record<string, () => string> = {
  '100k digits in a row': () => '9'.repeat(100_000),
  'a million dollar signs': () => '$'.repeat(1_000_000),
  'deeply nested parentheses': () => `${'('.repeat(50_000)}$5${')'.repeat(50_000)}`,
  'a 1 MB line of words and numbers': () => 'the 3 fees of $4 rose 5% '.repeat(40_000),
  'digit groups without end': () => '1,'.repeat(100_000),
  'number words without end': () => 'one two three hundred thousand '.repeat(20_000),
  'hyphens and number words': () => 'one-point-'.repeat(50_000),
};

const name = process.argv[2];
if (name !== undefined) {
  const make = HOSTILE[name];
  if (!make) throw new Error(`unknown case ${name}`);
  const claims = extractClaims(make());
  process.stdout.write(String(claims.length));
}
