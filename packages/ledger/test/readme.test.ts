import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkLedger } from '../src/index.js';

test('the format example in the README is a valid ledger', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = /## The format\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'the README shows the format');
  const { errors, ledger } = checkLedger(example, { file: 'README.md' });
  assert.deepEqual(
    errors.map((e) => e.format()),
    [],
  );
  assert.equal(ledger?.fact('budget-growth-2024')?.value?.unit, '%');
  assert.deepEqual(ledger?.data.scope, { entities: ['city'], terms: ['city budget'] });
});
