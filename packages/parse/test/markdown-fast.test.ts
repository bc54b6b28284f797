import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusFiles } from '../../../scripts/corpus-files.js';
import { markdownBlocks, parseMarkdown } from '../src/markdown.js';

/** Every Markdown and text file we have: fixtures, docs, and the corpora beside the checkout. */
const markdownFiles = () =>
  corpusFiles(['fixtures', 'docs', '../shared/seeds', '../shared/eval'], /\.(md|markdown|txt)$/);

/** What the rest of the parser reads of a Markdown file: the same from the fast path as from remark alone. */
function same(text: string, label: string) {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const whole = markdownBlocks(parseMarkdown(text, shift, true), text, shift);
  const fast = markdownBlocks(parseMarkdown(text, shift), text, shift);
  assert.deepEqual(fast, whole, label);
}

test('markdown fast path: the same blocks, front matter and comments as remark on every Markdown and text file we have, read as Markdown', () => {
  const files = markdownFiles();
  assert.ok(files.length > 10, `${files.length} files`);
  for (const { path, text } of files) same(text, path);
});

test('markdown fast path: constructs that reach past a blank line are left to remark', () => {
  const cases: Record<string, string> = {
    'fenced code with blank lines': 'Intro.\n\n```\ncode line\n\nStill code, $5 million.\n```\n\nAfter the fence.\n',
    'tilde fence not closed by backticks': '~~~\nA\n\n```\n\nB\n~~~\n\nOut.\n',
    'unclosed fence runs to the end': 'Intro.\n\n```\nA\n\nB $3 billion\n\nC\n',
    'comment across paragraphs': 'Top.\n\n<!-- a note\n\nthat hides $9 million\n\n-->\n\nShown $2 million.\n',
    'pre block across paragraphs': '<pre>\nfirst\n\nsecond 40%\n</pre>\n\nAfter.\n',
    'list with a loose item': '- one\n\n  continued item\n\nNot in the list.\n',
    'blockquote then prose': '> quoted 12%\n\nPlain 13%.\n',
    'setext heading': 'Title here\n==========\n\nBody text.\n',
    'reference definition elsewhere': 'See [the report][r] now.\n\nPlain.\n\n[r]: https://example.com\n',
    'indented code after prose': 'Prose.\n\n    code 5\n\nProse again.\n',
    'front matter with blank lines': '---\ntitle: A\n\nauthor B\n\ndate: 2024\n---\n\nThe body.\n',
    'CRLF and trailing spaces': 'One line  \r\nnext line\r\n\r\nPlain para\r\nsecond line\r\n',
    'byte order mark': '\ufeffFirst para $4.7 billion.\n\nSecond para.\n',
    'entities and escapes': 'AT&amp;T paid \\$5 million.\n\nPlain.\n',
    'thematic break then prose that looks like front matter': 'Top.\n\n---\n\nMiddle: text\n\n---\n\nEnd.\n',
    'html block of type 7 then prose': '<div>\nboxed 3%\n</div>\n\nAfter 4%.\n',
    'numbers opening a line': '2019. A year\n\n1) one\n\nPlain 2020 line.\n',
    'no final newline': 'Only one paragraph without a newline',
    'blank lines with spaces': 'A.\n   \n\t\nB.\n',
    'a line of a form feed or no-break spaces is content, not blank': 'A.\n\f\nB.\n\n\u00a0\u00a0\nC.\n',
    'a NUL, read as U+FFFD': 'Costs \u0000 rose 5%.\n\nPlain.\n',
  };
  for (const [label, text] of Object.entries(cases)) same(text, label);
});

test('markdown fast path: indentation and brackets read as remark reads them', () => {
  const cases: Record<string, string> = {
    'indented lines of a paragraph lose their indentation': 'Costs rose\n  by 5%\n\t\tand more\n        still.\n',
    'a paragraph indented by up to three spaces': '   Costs rose 5%.\n\n Again\n  and again.\n',
    'CRLF between indented lines': 'Costs rose\r\n   by 5%\r\n\tin all.\r\n',
    'an indented line after a heading is code': '## Budget\n    code 5\n\nProse.\n',
    'an indented group is code': '    code 5\n    more code\n\nProse.\n',
    'a tab-indented first line is code': '\tcode 5\n\nProse.\n',
    'an indented heading or list item interrupts a paragraph':
      'Prose\n  # Heading\n\nProse\n  - item\n\nProse\n   > quote\n',
    'an indented setext underline makes a heading': 'Title\n   ===\n\nTitle\n  ---\n',
    'an underline indented four spaces is text': 'Title\n    ===\n',
    'line starts that open no block': 'Forces | |\n---|---|\n#5 and 2019.5\n-based +x =y ~x\n####### seven\n',
    'line starts that open a block': 'A\n- item\n\nB\n+\n\nC\n-- -\n\nD\n==\n\nE\n1) one\n\nF\n# h\n\nG\n~~~\n',
    'brackets that are text': 'Troops,[1] bases [sic] and [a][b] and ![x] and ] alone [open\n',
    'brackets that make a link or an image':
      'See [the report](https://example.com) and ![a chart](c.png).\n\n[split\nlink](u) here\n',
    'brackets around an indented line': 'See [the\n   report] and\n    [more](u)\n',
  };
  for (const [label, text] of Object.entries(cases)) same(text, label);
});

test('markdown fast path: linear in a file that opens a fence and never closes it', () => {
  const time = (n: number) => {
    const text = `\`\`\`\n${'A paragraph of prose, $5 million.\n\n'.repeat(n)}`;
    const t = performance.now();
    parseMarkdown(text, 0);
    return performance.now() - t;
  };
  time(500);
  const small = time(2_000);
  const large = time(8_000);
  assert.ok(large < small * 8, `4× the input took ${(large / small).toFixed(1)}× the time`);
});
