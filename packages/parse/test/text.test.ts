import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import { assertMapRoundTrips, blockTexts } from './helpers.js';

const txt = (source: string) => parseArticle(source, { id: 'a.txt' });

test('blank lines separate blocks; the text joins them with a blank line', () => {
  const doc = txt('First paragraph here.\n\nSecond one.\n');
  assert.deepEqual(blockTexts(doc), ['First paragraph here.', 'Second one.']);
  assert.equal(doc.text, 'First paragraph here.\n\nSecond one.');
  assertMapRoundTrips(doc);
});

const WRAPPED = [
  'The negotiators met again on Tuesday and said that',
  'the gap between the two sides had narrowed to a few',
  'hundred million dollars over the five-year period, and',
  'A new round is expected next month in the capital of',
  'the host country, officials said after the talks.',
].join('\n');

test('hard-wrapped lines are joined into one space and recorded', () => {
  const doc = txt(WRAPPED);
  assert.equal(doc.blocks.length, 1);
  assert.match(doc.text, /said that the gap between/);
  assert.match(doc.text, /period, and A new round/);
  const joins = doc.repairs.filter((r) => r.kind === 'join-line');
  assert.equal(joins.length, 4);
  assert.equal(joins[0]?.from, '\n');
  assert.equal(joins[0]?.to, ' ');
  assert.deepEqual(joins[0]?.position.start, { line: 1, column: 51, offset: 50 });
  assertMapRoundTrips(doc);
});

test('a short line ending a sentence ends a paragraph in wrapped text', () => {
  const doc = txt(
    `${WRAPPED}\nThe next paragraph starts here and runs on for a while\nuntil it is done.\nShort one.\nAnd a third paragraph follows the short one here.`,
  );
  assert.deepEqual(blockTexts(doc).slice(1), [
    'The next paragraph starts here and runs on for a while until it is done.',
    'Short one.',
    'And a third paragraph follows the short one here.',
  ]);
});

test('scraped lines under each other stay separate blocks unless the next starts lowercase', () => {
  const doc = txt(
    'Allies Agree on a New Cost Deal\nA soldier walks past a gate at a base in the south of the country on Monday. (Jane Doe/Agency)\nwhich continues here.\n',
  );
  assert.deepEqual(blockTexts(doc), [
    'Allies Agree on a New Cost Deal',
    'A soldier walks past a gate at a base in the south of the country on Monday. (Jane Doe/Agency) which continues here.',
  ]);
});

test('a word hyphenated across a line break is rejoined', () => {
  const doc = txt(`${WRAPPED.replace('the gap between', 'the gap be-\ntween')}`);
  assert.match(doc.text, /the gap be-? ?tween/);
  const source =
    'The officials described the latest negotiations as diffi-\ncult but said the atmosphere of the talks had improved a lot\nover the past several weeks of meetings in the capital city.';
  const doc2 = txt(source);
  assert.match(doc2.text, /as difficult but/);
  const repair = doc2.repairs.find((r) => r.kind === 'dehyphenate');
  assert.deepEqual(repair && { from: repair.from, to: repair.to }, { from: '-\n', to: '' });
  assert.equal(doc2.source.slice(repair?.position.start.offset, repair?.position.end.offset), '-\n');
  assertMapRoundTrips(doc2);
});

test('a real compound keeps its hyphen when joined', () => {
  const lines = (a: string, b: string) =>
    `The committee said it wanted broad political ${a}\n${b} from both parties before the vote was held in the\nassembly, which is expected to take place in April.`;
  assert.match(txt(lines('buy-', 'in')).text, /political buy-in from/);
  assert.match(txt(lines('US-', 'South')).text, /political US-South from/);
  assert.match(txt(lines('COVID-', '19')).text, /political COVID-19 from/);
  assert.match(txt(lines('three-to-', 'five')).text, /political three-to-five from/);
  // The document's own spelling decides first.
  assert.match(
    txt(`${lines('cost-', 'sharing')}\nThe cost-sharing deal was signed.`).text,
    /political cost-sharing from/,
  );
  assert.match(txt(`${lines('reel-', 'ection')}\nHis reelection is likely.`).text, /political reelection from/);
  const kept = txt(lines('buy-', 'in')).repairs.find((r) => r.kind === 'join-line' && r.to === '');
  assert.equal(kept?.from, '\n');
});

test('an em dash at the end of a line joins without a space', () => {
  const doc = txt(
    'This would reduce the friction between them and the\ntension in this important alliance of many decades—\nwhich has held for more than seventy years now, it said.',
  );
  assert.match(doc.text, /decades—which has/);
});

test('character repairs: spaces, quotes, dashes, zero-width, soft hyphen, BOM', () => {
  const source =
    '\ufeffHe said \u201cit\u2019s 2019\u20132020\u201d\u00a0and\u2009\u22125%\u200b here\u00ad.\u2014Done';
  const doc = txt(source);
  assert.equal(doc.source, source, 'the source keeps the BOM');
  assert.equal(doc.text, 'He said "it\'s 2019-2020" and -5% here.\u2014Done');
  const kinds = doc.repairs.map((r) => r.kind);
  assert.deepEqual(kinds, [
    'bom',
    'quote',
    'quote',
    'dash',
    'quote',
    'space',
    'space',
    'dash',
    'zero-width',
    'zero-width',
  ]);
  const bom = doc.repairs[0];
  assert.deepEqual(bom?.position.start, { line: 1, column: 1, offset: 0 });
  assertMapRoundTrips(doc);
  const h = doc.text.indexOf('He');
  assert.equal(doc.map.toSource(h), 1);
  assert.deepEqual(doc.map.position(h, h + 2).start, { line: 1, column: 2, offset: 1 });
});

test('zero-width joiners inside emoji are kept', () => {
  const doc = txt('Family: \u{1f468}\u200d\u{1f469}\u200d\u{1f467} and \u{1f600}.');
  assert.equal(doc.text, 'Family: \u{1f468}\u200d\u{1f469}\u200d\u{1f467} and \u{1f600}.');
  assertMapRoundTrips(doc);
});

test('CRLF and lone CR: positions count lines as editors do', () => {
  for (const eol of ['\r\n', '\r', '\n']) {
    const doc = txt(`Title Line Here${eol}${eol}Body text with $4 in it.${eol}`);
    const at = doc.text.indexOf('$4');
    assert.deepEqual(doc.map.position(at, at + 2).start.line, 3, JSON.stringify(eol));
    assert.equal(doc.map.position(at, at + 2).start.column, 16);
  }
});

test('Markdown syntax in plain text is kept as text', () => {
  const source =
    '# Not really a heading\n\n    indented by four spaces\n\n1. a list item *with stars* and_underscores_ <b>tag</b> \\escaped &amp;\n';
  const doc = txt(source);
  assert.deepEqual(blockTexts(doc), [
    '# Not really a heading',
    'indented by four spaces',
    '1. a list item *with stars* and_underscores_ <b>tag</b> \\escaped &amp;',
  ]);
  assert.equal(doc.blocks[0]?.kind, 'heading');
  assertMapRoundTrips(doc);
});

test('list items and headings in plain text start their own blocks', () => {
  const doc = txt(
    'Figures in the deal are the following numbers here\n- first point of the deal\n- second point of the deal\n',
  );
  assert.equal(doc.blocks.length, 3);
});

test('after an unfinished sentence, a line opening with a figure continues it', () => {
  const doc = parseArticle('The budget rose to\n$4.8 billion this year.\nCity Hall\n2024 Annual Report\n', {
    id: 'a.txt',
  });
  assert.equal(doc.blocks.length, 3);
  assert.equal(doc.text.split('\n\n')[0], 'The budget rose to $4.8 billion this year.');
});
