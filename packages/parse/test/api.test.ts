import assert from 'node:assert/strict';
import { test } from 'node:test';

test('public API names', async () => {
  assert.deepEqual(Object.keys(await import('@factledger/parse')).sort(), [
    'DEFAULT_MAX_BYTES',
    'MAX_READ_BYTES',
    'decodeArticle',
    'documentFromMdast',
    'isArticlePath',
    'parseArticle',
    'readArticle',
    'recordReferences',
  ]);
});

test('isArticlePath accepts article extensions and refuses sidecars and data', async () => {
  const { isArticlePath } = await import('@factledger/parse');
  for (const path of ['a.md', 'b.MARKDOWN', 'dir/c.txt', 'd.text', 'e.html', 'f.HTM'])
    assert.equal(isArticlePath(path), true, path);
  for (const path of ['a.meta.yaml', 'a.meta.json', 'ledger.json', 'x', '.md', 'a.pdf', 'dir.md/x']) {
    assert.equal(isArticlePath(path), false, path);
  }
});
