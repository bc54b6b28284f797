import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runBin } from './run-cli.js';

/** A newsroom with a configuration that ignores one article, a photo beside them and a note that is no article. */
function newsroom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factledger-named-'));
  cpSync(join(repoRoot, 'fixtures/reconcile/articles'), join(dir, 'articles'), { recursive: true });
  cpSync(join(repoRoot, 'fixtures/reconcile/ledger.yaml'), join(dir, 'ledger.yaml'));
  writeFileSync(join(dir, 'articles/photo.jpg'), 'not text');
  writeFileSync(join(dir, 'notes.rst'), 'Nothing here.\n');
  writeFileSync(
    join(dir, 'factledger.config.yaml'),
    'articles: ["articles/*.md"]\nledgers: [ledger.yaml]\nignores: ["articles/coast-wire.md"]\n',
  );
  return dir;
}

test('extract and parse expand folders and patterns as check does, with its ignore lists', () => {
  const dir = newsroom();
  for (const entry of ['articles', 'articles/*.md']) {
    const { code, stdout, stderr } = runBin(['extract', entry], dir);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^articles\/harbour-gazette\.md\n/);
    assert.doesNotMatch(stdout, /coast-wire/);
    assert.match(stderr, /^factledger extract: skipped articles\/coast-wire\.md: ignored by the ignore list\n$/);
  }
  const parsed = runBin(['parse', '--format', 'json', 'articles'], dir);
  assert.equal(parsed.code, 0, parsed.stderr);
  assert.match(parsed.stderr, /factledger parse: skipped articles\/coast-wire\.md/);
  assert.doesNotMatch(parsed.stdout, /photo/);
});

test('a file named on its own is read by extract and parse, refused if it is no article; check skips it', () => {
  const dir = newsroom();
  for (const command of ['extract', 'parse']) {
    const { code, stdout, stderr } = runBin([command, 'notes.rst', 'articles/harbour-gazette.md'], dir);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /notes\.rst: Unexpected file type `\.rst`, expected an article/);
    assert.doesNotMatch(stderr, /\n\s+at /);
  }
  // Asked for by name, an ignored article is read: the ignore lists say what check leaves out.
  const ignored = runBin(['extract', 'articles/coast-wire.md'], dir);
  assert.equal(ignored.code, 0, ignored.stderr);
  assert.match(ignored.stdout, /^articles\/coast-wire\.md\n[\s\S]* \d+ figures\n$/);
  const checked = runBin(['check', '--fail-on', 'none', 'notes.rst', 'articles/harbour-gazette.md'], dir);
  assert.equal(checked.code, 0, checked.stderr);
  assert.match(checked.stderr, /skipped notes\.rst: not an article/);
  assert.match(checked.stdout, /articles\/harbour-gazette\.md/);
});
