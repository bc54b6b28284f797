import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatValue } from '@factledger/reconcile';

test('ledger values read as an article writes them', () => {
  assert.equal(formatValue(120_000_000, 'EUR', 'year'), '€120 million a year');
  assert.equal(formatValue(1.97e9, 'EUR'), '€1.97 billion');
  assert.equal(formatValue(2.5e12, 'USD'), '$2.5 trillion');
  assert.equal(formatValue(9_500, 'GBP'), '£9,500');
  assert.equal(formatValue(-4e6, 'EUR'), '-€4 million');
  assert.equal(formatValue(20, '%'), '20%');
  assert.equal(formatValue(3, 'x'), '3×');
  assert.equal(formatValue(14, 'ferries'), '14 ferries');
  assert.equal(formatValue(1_500, null), '1,500');
  assert.equal(formatValue(40, 'EUR', 'hour'), '€40 per hour');
  assert.equal(formatValue('2021-05-17', null), '2021-05-17');
});

test('a currency whose sign is shared or unknown is written with its code', () => {
  // `kr` is Norway's, Sweden's and Denmark's: the code says which.
  assert.equal(formatValue(1.38e9, 'NOK'), 'NOK 1.38 billion');
  assert.equal(formatValue(2e6, 'CHF'), 'CHF 2 million');
  assert.equal(formatValue(5e6, 'CAD'), 'CA$5 million');
  assert.equal(formatValue(7e6, 'QQQ'), 'QQQ 7 million');
});
