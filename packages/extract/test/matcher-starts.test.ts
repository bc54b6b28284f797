import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseArticle } from '@factledger/parse';
import { MATCHERS } from '../src/scan.js';
import { StartIndex } from '../src/start-index.js';
import { tokenize } from '../src/tokens.js';
import { claimsOf } from './helpers.js';

const index = new StartIndex(MATCHERS);
const ANCHOR = { year: 2024, month: 3, day: 15 };

/**
 * Every token where some matcher reads a figure, run with every matcher at every token (as if
 * no start were declared), and whether the index lets that matcher be tried there.
 */
function undeclared(text: string, id: string): string[] {
  const doc = parseArticle(text, { id });
  const out: string[] = [];
  for (const s of doc.sentences) {
    const tokens = tokenize(doc.text, s.start, s.end);
    tokens.forEach((t, i) => {
      for (const matcher of MATCHERS) {
        const m = matcher.match({ tokens, anchor: ANCHOR }, i);
        if (m && m.end > i && !index.at(t).includes(matcher))
          out.push(`${id}: ${matcher.name} at ${JSON.stringify(t.text)}`);
      }
    });
  }
  return out;
}

/** One phrase for each way a figure can begin. */
const OPENINGS = [
  'It cost US$5 million, Rs 500 crore, KRW 1 trillion, €40 and 300 euros, or 62 cents a share.',
  'Half of the voters and a third of the council backed it; two-thirds did not, and one in five abstained.',
  'Sales doubled, then grew fivefold, twice as fast as in 1990, and 3x faster than planned.',
  'A dozen firms and twentyfive staff joined for the seventh round and the 10th session.',
  'Last year, next month and the previous year were busy, as were yesterday and Monday\u2019s vote.',
  'It opened in early December, closes at the end of 2025, was planned for mid-2021 and earlier this year.',
  'On the first anniversary of the flood, a year ago, and two years ago, on Jan. 24, 2020 and 24 March.',
];

test('a matcher reads figures only where its declared starts say it may begin', () => {
  for (const [k, text] of OPENINGS.entries()) assert.deepEqual(undeclared(text, `opening ${k + 1}`), []);
});

test('the declared starts hold over every fixture article', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|txt|html)$/.test(name)) files.push(path);
    }
  };
  walk(new URL('../../../fixtures', import.meta.url).pathname);
  assert.ok(files.length > 10, `fixture articles found: ${files.length}`);
  for (const file of files) assert.deepEqual(undeclared(readFileSync(file, 'utf8'), file), []);
});

test('the openings are read as figures through the index', () => {
  // The index is what extraction uses: each opening above yields its figures, not fewer.
  const texts = OPENINGS.flatMap((s) => claimsOf(s).map((c) => c.text));
  for (const figure of ['US$5 million', 'Rs 500 crore', 'Half', 'doubled', 'fivefold', 'A dozen', 'yesterday']) {
    assert.ok(
      texts.some((t) => t.startsWith(figure)),
      `${figure} in ${JSON.stringify(texts)}`,
    );
  }
});
