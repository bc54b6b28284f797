import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CleanTextBuilder, SegmentSourceMap } from '../src/source-map.js';

test('linear runs merge and map one to one', () => {
  const source = 'abcdef';
  const b = new CleanTextBuilder();
  b.linear(0, 'abc');
  b.linear(3, 'de');
  const map = new SegmentSourceMap(b.segments(), source);
  assert.equal(b.text(), 'abcde');
  assert.equal(map.segmentCount, 1);
  assert.equal(map.toSource(4), 4);
  assert.deepEqual(map.toSourceRange(1, 3), [1, 3]);
  assert.equal(map.toSource(5), 5, 'the end maps to the end of its source');
});

test('a span stands for its whole source range', () => {
  const source = 'ab\r\n  cd';
  const b = new CleanTextBuilder();
  b.linear(0, 'ab');
  b.span(2, 6, ' ');
  b.linear(6, 'cd');
  const map = new SegmentSourceMap(b.segments(), source);
  assert.equal(b.text(), 'ab cd');
  assert.equal(map.toSource(2), 2);
  assert.deepEqual(map.toSourceRange(2, 3), [2, 6]);
  assert.equal(map.toSource(3), 6);
  assert.deepEqual(map.toSourceRange(0, 5), [0, 8]);
  assert.deepEqual(map.position(3, 5), {
    start: { line: 2, column: 3, offset: 6 },
    end: { line: 2, column: 5, offset: 8 },
  });
});

test('removed characters are skipped: the range covers them only when inside', () => {
  const source = 'ab\u200bcd';
  const b = new CleanTextBuilder();
  b.linear(0, 'ab');
  b.linear(3, 'cd');
  const map = new SegmentSourceMap(b.segments(), source);
  assert.equal(map.toSource(2), 3);
  assert.deepEqual(map.toSourceRange(0, 2), [0, 2]);
  assert.deepEqual(map.toSourceRange(2, 4), [3, 5]);
  assert.deepEqual(map.toSourceRange(1, 3), [1, 4]);
  assert.deepEqual(map.toSourceRange(2, 2), [3, 3]);
});

test('toJSON lists segments', () => {
  const b = new CleanTextBuilder();
  b.linear(1, 'x');
  b.span(2, 5, 'y');
  assert.deepEqual(new SegmentSourceMap(b.segments(), '_x___').toJSON(), {
    length: 2,
    segments: [
      [0, 1, 2],
      [1, 2, 5],
    ],
  });
});
