import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '@factledger/reconcile';
import { ANNOTATION_LIMIT, formatGithub, formatJson, formatText, printable, printableJson } from '@factledger/report';
import fc from 'fast-check';
import { sampleFindings } from './helpers.js';
import { asCompared, runnerCommands } from './runner-log.js';

/** Pieces a hostile article, outlet or file name is made of: every character the runner or a terminal treats specially. */
const hostile = fc
  .array(
    fc.constantFrom(
      '::',
      ':',
      '##[',
      '#',
      '[',
      ']',
      'stop-commands',
      'error title=x',
      'add-mask',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '\t',
      '\u00a0',
      '\u3000',
      '\u200b',
      '\u00ad',
      '\ufeff',
      '\u202e',
      '\u2028',
      '\u001b]0;x\u0007',
      '\u001b[2J',
      '\u009b31m',
      '%0A',
      '%',
      ',',
      'a',
      '.md',
      '€5',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

function findingsWith(files: string[], messages: string[]): Finding[] {
  const [rounded] = sampleFindings();
  const conflict = sampleFindings().find((f) => f.verdict === 'conflict') as Finding;
  return messages.map((message, i) => {
    const base = i % 3 === 0 ? (rounded as Finding) : conflict;
    return { ...base, id: `f${i}`, message, claim: { ...base.claim, file: files[i % files.length] as string } };
  });
}

/** The commands a run of `github` means to issue: one annotation per shown finding, nothing else. */
function onlyAnnotations(out: string, findings: Finding[]): void {
  const commands = runnerCommands(out);
  for (const c of commands) {
    assert.equal(c.form, 'v2', `a legacy command in ${JSON.stringify(c.line)}`);
    assert.ok(['error', 'warning', 'notice'].includes(c.name), `command ${JSON.stringify(c.line)}`);
    assert.ok(c.line.startsWith(`::${c.name} file=`), `not an annotation: ${JSON.stringify(c.line)}`);
  }
  const expected = (severity: string) =>
    Math.min(ANNOTATION_LIMIT, findings.filter((f) => f.severity === severity).length);
  assert.equal(commands.filter((c) => c.name === 'error').length, expected('error'));
  assert.equal(commands.filter((c) => c.name === 'warning').length, expected('warning'));
  // Each annotation names a real file, as the runner will read its `file` property.
  const files = new Set(findings.map((f) => asCompared(f.claim.file)));
  for (const c of commands) assert.ok(files.has(asCompared(c.properties['file'] as string)), c.line);
}

test('printable: controls, separators and invisibles escaped; `##[` and a leading `:` made inert', () => {
  assert.equal(printable('a\u001b[31mb\u0007c\u009bd'), 'a\\u001b[31mb\\u0007c\\u009bd');
  assert.equal(printable('x\ny\rz\u2028'), 'x\\u000ay\\u000dz\\u2028');
  assert.equal(printable('zero\u200bwidth \u202eevil'), 'zero\\u200bwidth \\u202eevil');
  assert.equal(printable('tag \u{e0041}'), 'tag \\u{e0041}');
  assert.equal(printable('see ##[warning]x'), 'see ##\\u005bwarning]x');
  assert.equal(printable('###[x]'), '###\\u005bx]');
  assert.equal(printable('  ::error title=x::y.md'), '  \\u003a:error title=x::y.md');
  assert.equal(printable('\u00a0:x'), '\u00a0\\u003ax');
  assert.equal(printable('a::b, 50% of €5 billion'), 'a::b, 50% of €5 billion', 'ordinary text is left alone');
  assert.equal(printable(printable('##[x\u001b')), printable('##[x\u001b'), 'escaping twice changes nothing more');
});

test('github: over hostile file names and messages, the runner finds only the annotations', () => {
  fc.assert(
    fc.property(
      fc.array(hostile, { minLength: 1, maxLength: 4 }),
      // More than ten errors, so the overflow lines are printed too.
      fc.array(hostile, { minLength: 17, maxLength: 30 }),
      (files, messages) => {
        const findings = findingsWith(
          files.map((f) => `articles/${f}.md`),
          messages,
        );
        const out = formatGithub(findings, { cwd: '/repo' });
        onlyAnnotations(out, findings);
        assert.match(out, /not annotated/, 'the overflow lines are there');
      },
    ),
    { numRuns: 300 },
  );
});

test('text: over hostile file names and messages, the runner finds no command and the terminal no control', () => {
  fc.assert(
    fc.property(
      fc.array(hostile, { minLength: 1, maxLength: 4 }),
      fc.array(hostile, { minLength: 1, maxLength: 12 }),
      fc.array(hostile, { maxLength: 3 }),
      fc.boolean(),
      (files, messages, clean, color) => {
        const findings = findingsWith(files, messages);
        const articles = Object.fromEntries(clean.map((f) => [f, '']));
        const unreadable = Object.fromEntries(clean.map((f) => [`${f}!`, `cannot read ${f}`]));
        const out = formatText(findings, { articles, unreadable, color });
        assert.deepEqual(runnerCommands(out), []);
        // Only the report's own colour escapes (ESC [ n m) and its line feeds are left.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the report's own SGR codes
        const bare = out.replace(/\u001b\[\d+m/g, '');
        assert.doesNotMatch(bare, /[^\n\P{Cc}]|[\p{Default_Ignorable_Code_Point}\u2028\u2029]/u);
      },
    ),
    { numRuns: 300 },
  );
});

test('text: the report still colours its own labels when a message holds escapes', () => {
  const [f] = sampleFindings();
  const out = formatText([{ ...(f as Finding), message: 'bad \u001b[2J figure' }], { color: true });
  assert.ok(out.includes('\u001b[33mwarning\u001b[39m'), 'the label is yellow');
  assert.match(out, /bad \\u001b\[2J figure/, "the article's ESC is shown, not sent");
});

test('json: hostile strings come out as the same data, in lines the runner and a terminal leave alone', () => {
  fc.assert(
    fc.property(fc.array(hostile), fc.dictionary(hostile, hostile), (list, record) => {
      const value = { list, record };
      const out = printableJson(value);
      assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(value)), 'the same data as plain JSON');
      assert.deepEqual(runnerCommands(out), []);
      assert.doesNotMatch(out, /[^\n\P{Cc}]|[\p{Default_Ignorable_Code_Point}\u2028\u2029]/u);
    }),
    { numRuns: 300 },
  );
  const findings = sampleFindings().map((f) => ({ ...f, message: `##[stop-commands]x \u200b${f.message}` }));
  assert.deepEqual(JSON.parse(formatJson(findings)).findings, findings);
  assert.deepEqual(runnerCommands(formatJson(findings)), []);
});
