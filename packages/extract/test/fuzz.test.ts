import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '@factledger/core';
import { type Document, parseArticle } from '@factledger/parse';
import fc from 'fast-check';
import { assertMapRoundTrips, pointAt } from '../../parse/test/helpers.js';
import { extractClaims } from '../src/index.js';

// Parse + extract over articles mutated with the input that breaks text pipelines: astral and
// combining characters, invisible and bidi marks, every line ending, Markdown and HTML syntax,
// character references good and bad, and figures written in odd ways. A failure prints the seed
// and the path to replay it: FUZZ_SEED=<seed> FUZZ_PATH=<path> node --import tsx --test <this file>.

const SEED = Number(process.env.FUZZ_SEED ?? 15);
const PATH = process.env.FUZZ_PATH;
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const FIGURES = [
  '$3.2 billion',
  '5%',
  '1,140 teachers',
  '2024',
  'three-quarters',
  'from $800 million to $1 billion',
  'between 5 and 7 percent',
  'about 12,400 people',
  '€45m',
  'nearly 300 seats',
  'twice as much',
  '15 January 2023',
  '2.5 percentage points',
  '62 cents',
];
const WORDS = ['the', 'council', 'said', 'budget', 'rose', 'to', 'in', 'and', 'Ministry', 'of', 'spent', 'a'];

const SNIPPETS = [
  // Astral, combining, invisible and bidi characters.
  '\u{1f600}',
  '\u{1d7ce}',
  '\u{1f468}\u200d\u{1f469}',
  'e\u0301',
  '5\u0301',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u200f',
  '\u202e',
  '\u2067',
  '\u00a0',
  // Line endings.
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '  \n',
  '\\\n',
  // Markdown.
  '*',
  '**',
  '_',
  '`',
  '``',
  '\\',
  '\\*',
  '\\&amp;',
  '\n> ',
  '> ',
  '\n- ',
  '\n1. ',
  '# ',
  '\n    ',
  '\t',
  '[x](http://a.b)',
  '![i](j)',
  '\n```\n',
  '|',
  '<http://a.b>',
  // HTML.
  '<p>',
  '</p>',
  '<br>',
  '<b>',
  '</b>',
  '<pre>\n',
  '</pre>',
  '<!-- c -->',
  '<script>x</script>',
  '<xmp>',
  '</xmp>',
  '<math><![CDATA[&amp;]]></math>',
  '\u0000',
  // Character references: valid, invalid, without a semicolon.
  '&amp;',
  '&lt;',
  '&s;',
  '&s;s',
  '&#6;',
  '&#0;',
  '&#0',
  '&#128;',
  '&#x110000;',
  '&#xD800;',
  '&#9999999;',
  '&#x1F600;',
  '&copy',
  '&copy;',
  '&notit;',
  '&ngE;',
  '&NotEqualTilde;',
  '&amp',
  '&',
  '&&',
  '&#',
  '&#x;',
  '&eacute;',
  '&Eacute',
  '&ThisIsNotAnEntityAtAll;',
  // Odd separators and figures.
  '1,2,3',
  '1..5',
  '$$5',
  '5%%',
  '\u22125',
  '\u0663\u0664\u0665',
  '1e309',
  '9'.repeat(400),
  `1${'0'.repeat(400)}`,
  `0.${'0'.repeat(400)}1`,
  `$${'9'.repeat(400)} billion`,
  `between 1 and ${'9'.repeat(400)} people`,
  `${'9'.repeat(400)}%`,
  `one point ${'9'.repeat(400)} percent`,
  `the ${'9'.repeat(400)}th round`,
  '1,000,000,000,000,000,000,000 dollars',
];

const sentence = fc
  .record({
    before: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
    figure: fc.constantFrom(...FIGURES),
    after: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
  })
  .map(({ before, figure, after }) => {
    const words = [...before, figure, ...after].join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  });

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

const mutation = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), snippet: fc.constantFrom(...SNIPPETS) });

const format = fc.constantFrom('a.md', 'a.html', 'a.txt');

const article = fc
  .record({
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
    mutations: fc.array(mutation, { maxLength: 10 }),
    id: format,
    eol: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ paragraphs, mutations, id, eol }) => {
    let body =
      id === 'a.html'
        ? `<!doctype html><html><body><article><p>${paragraphs.join('</p><p>')}</p></article></body></html>`
        : paragraphs.join(eol + eol);
    for (const { at, snippet } of mutations) {
      const k = Math.floor(at * body.length);
      body = body.slice(0, k) + snippet + body.slice(k);
    }
    return { source: body, id };
  });

/** The ASCII digits of a text, leaving out those that spell a numeric character reference (`&#128;`). */
function digits(text: string): string {
  return text.replace(/&#[xX]?[0-9a-fA-F]*;?/g, '').replace(/[^0-9]/g, '');
}

function assertFinite(claim: Claim): void {
  const where = `claim ${claim.id} ${JSON.stringify(claim.text)}`;
  if (typeof claim.value === 'number') assert.ok(Number.isFinite(claim.value), `${where}: value ${claim.value}`);
  if (claim.range) {
    assert.ok(Number.isFinite(claim.range.low) && Number.isFinite(claim.range.high), `${where}: range`);
  }
  const step = claim.precision.step;
  if (step !== undefined) assert.ok(Number.isFinite(step) && step > 0, `${where}: precision step ${step}`);
  for (const end of [claim.change?.from, claim.change?.to]) {
    if (end !== undefined) assert.ok(Number.isFinite(end), `${where}: change ${end}`);
  }
}

function checkArticle({ source, id }: { source: string; id: string }): void {
  let doc: Document;
  try {
    doc = parseArticle(source, { id });
  } catch (error) {
    assert.equal((error as Error).name, 'FactledgerError', String((error as Error).stack));
    return;
  }
  assertMapRoundTrips(doc);
  const claims = extractClaims(doc, { published: '2024-03-15' });
  let previousEnd = -1;
  for (const claim of claims) {
    const { start, end } = claim.position;
    const where = `claim ${claim.id} ${JSON.stringify(claim.text)}`;
    assert.ok(start.offset !== undefined && end.offset !== undefined);
    assert.equal(claim.text, source.slice(start.offset, end.offset), `${where}: text is the source slice`);
    assert.deepEqual({ line: start.line, column: start.column }, pointAt(source, start.offset), `${where}: start`);
    assert.deepEqual({ line: end.line, column: end.column }, pointAt(source, end.offset), `${where}: end`);
    const figure = claim.sentence.slice(claim.inSentence.start, claim.inSentence.end);
    assert.ok(claim.text.length > 0, `${where}: the figure ${JSON.stringify(figure)} has source text`);
    assert.equal(digits(claim.text), digits(figure), `${where}: the source holds the figure's digits`);
    assert.ok(start.offset >= previousEnd, `${where}: overlaps the claim before it`);
    previousEnd = end.offset;
    assertFinite(claim);
  }
}

/** Runs a property with the fixed seed, and says how to replay a failure. */
function run<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, parameters: fc.Parameters<[T]>): void {
  const details = fc.check(fc.property(arbitrary, check), {
    ...parameters,
    seed: SEED,
    ...(PATH ? { path: PATH } : {}),
  });
  if (!details.failed) return;
  const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} node --import tsx --test packages/extract/test/fuzz.test.ts`;
  const error = details.errorInstance as Error | undefined;
  assert.fail(
    `${error?.message ?? 'failed'}\ncounterexample: ${JSON.stringify(details.counterexample)}\nreplay: ${replay}`,
  );
}

test('fuzz: parse and extract keep every claim on its source text, with finite values', () => {
  run(article, checkArticle, { numRuns: RUNS });
});

/** Best of three, to keep a busy machine's noise out of the ratio. */
function time(source: string, id: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    try {
      extractClaims(parseArticle(source, { id }), { published: '2024-03-15' });
    } catch {
      // A refused input is timed too: refusing must be linear as well.
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

test('fuzz: the time taken grows linearly with the input', () => {
  // Four times the input may take four times as long, and a generous factor more for noise and
  // warm-up; a quadratic pass takes sixteen times as long. A machine busy with other work can slow
  // one measurement down, so a ratio over the bound is measured again before it counts.
  run(
    article,
    ({ source, id }) => {
      const unit = source.repeat(Math.max(1, Math.ceil(2000 / source.length)));
      const small = id === 'a.html' ? unit : `${unit}\n\n`;
      const large = small.repeat(4);
      time(small, id);
      let message = '';
      for (let attempt = 0; attempt < 3; attempt++) {
        const t1 = time(small, id);
        const t4 = time(large, id);
        if (t4 <= Math.max(10 * t1, 50)) return;
        message = `4× the input took ${t4.toFixed(1)} ms against ${t1.toFixed(1)} ms`;
      }
      assert.fail(message);
    },
    // Shrinking would time hundreds of inputs; the counterexample as found is enough.
    { numRuns: Math.max(3, Math.floor(RUNS / 80)), endOnFailure: true },
  );
});
