import assert from 'node:assert/strict';
import { test } from 'node:test';
import { texts } from './helpers.js';

test('the numbers of a file name in a caption are no claims', () => {
  assert.deepEqual(texts('Dockworkers at the quay (photo 2, 2024.jpg)'), []);
  assert.deepEqual(texts('Source: harbour_report_2023.pdf'), []);
  assert.deepEqual(texts('Download 2031.csv'), []);
});

test('a sentence that ends on a file name keeps the figures of its prose', () => {
  assert.deepEqual(texts('The inspector sent 3 files to the board, report.pdf among them.'), ['count 3']);
  assert.deepEqual(texts('In 2023 the port handled 1.2 million containers (chart.png).'), [
    'date 2023',
    'count 1.2 million',
  ]);
});
