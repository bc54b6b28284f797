import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';

const WIRE =
  'Allies Step Up Talks on Costs\n\nAll News 09:00 March 5, 2021\n\nCAPITAL CITY, Mar. 5 (Wire Agency) -- The two allies said on Friday that talks would resume.\n';

test('a dateline gives the outlet, and the date when a full date in the first blocks gives the year', () => {
  const doc = parseArticle(WIRE, { id: 'a.txt' });
  assert.equal(doc.metadata.outlet, 'Wire Agency');
  assert.equal(doc.metadata.published, '2021-03-05');
  assert.deepEqual(doc.metadata.origin, { outlet: 'dateline', published: 'dateline' });
});

test('a dateline without a year elsewhere does not invent one', () => {
  const doc = parseArticle('CAPITAL CITY, Mar. 5 (Wire Agency) -- The talks resumed.\n', { id: 'a.txt' });
  assert.equal(doc.metadata.outlet, 'Wire Agency');
  assert.equal(doc.metadata.published, undefined);
  const other = parseArticle('Posted March 6, 2021\n\nCAPITAL, Mar. 5 (Wire) -- The talks resumed.\n', { id: 'a.txt' });
  assert.equal(other.metadata.published, undefined, 'a different day is no evidence of the year');
  const plain = parseArticle('WASHINGTON (Newswire) - Officials met.\n', { id: 'a.txt' });
  assert.equal(plain.metadata.outlet, 'Newswire');
});

test('a copyright line gives the year and the outlet', () => {
  const doc = parseArticle(
    'Body text about the talks.\n\n\u00a92024 Example News. Distributed by Someone Else, LLC.\n',
    { id: 'a.txt' },
  );
  assert.equal(doc.metadata.published, '2024');
  assert.equal(doc.metadata.outlet, 'Example News');
  assert.deepEqual(doc.metadata.origin, { outlet: 'copyright', published: 'copyright' });
});

test('precedence: option > front matter > the text itself', () => {
  const source = `---\npublished: 2021-03\n---\n\n${WIRE}`;
  const front = parseArticle(source, { id: 'a.md' });
  assert.equal(front.metadata.published, '2021-03');
  assert.equal(front.metadata.origin.published, 'frontmatter');
  assert.equal(front.metadata.outlet, 'Wire Agency');
  assert.equal(front.metadata.origin.outlet, 'dateline');
  const option = parseArticle(source, {
    id: 'a.md',
    published: '2020-01',
    metadata: { outlet: 'Mine', published: '1999' },
  });
  assert.equal(option.metadata.published, '2020-01');
  assert.equal(option.metadata.origin.published, 'option');
  assert.equal(option.metadata.outlet, 'Mine');
  assert.equal(option.metadata.origin.outlet, 'option');
});

test('a malformed published option is refused', () => {
  assert.throws(() => parseArticle('Text.', { published: '2020-13' }), { code: 'invalid-option' });
  assert.throws(() => parseArticle('Text.', { published: 'yesterday' }), { code: 'invalid-option' });
  assert.equal(parseArticle('Text.', { published: '2020-02-29' }).metadata.published, '2020-02-29');
  assert.throws(() => parseArticle('Text.', { published: '2021-02-29' }), { code: 'invalid-option' });
});

test('currency: front matter and an HTML <meta> give the ISO code a bare $ means; anything else is refused', () => {
  const md = parseArticle('---\ncurrency: aud\n---\nThe port cost $2 billion.\n', { id: 'a.md' });
  assert.equal(md.metadata.currency, 'AUD');
  assert.equal(md.metadata.origin.currency, 'frontmatter');
  const html = parseArticle(
    '<html><head><meta name="currency" content="CAD"></head><body><p>It cost $2 billion.</p></body></html>',
    { id: 'a.html' },
  );
  assert.equal(html.metadata.currency, 'CAD');
  // A page's <meta> is not the user's to fix: a value that is no code is left out, not an error.
  const junk = parseArticle(
    '<html><head><meta name="currency" content="dollars"></head><body><p>It cost $2 billion.</p></body></html>',
    { id: 'a.html' },
  );
  assert.equal(junk.metadata.currency, undefined);
  assert.throws(
    () => parseArticle('---\ncurrency: 12\n---\nText.\n', { id: 'a.md' }),
    /Unexpected `currency: 12` in front matter, expected an ISO 4217 code/,
  );
});
