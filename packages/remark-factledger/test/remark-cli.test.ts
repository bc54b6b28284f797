import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../node_modules/remark-cli/cli.js', import.meta.url));
const tsx = import.meta.resolve('tsx/esm');
const frontmatter = dirname(fileURLToPath(import.meta.resolve('remark-frontmatter')));
const fixtureLedger = fileURLToPath(new URL('../../../fixtures/cost-sharing/ledger.yaml', import.meta.url));

const article = `---
title: A test article
published: 2021-04-01
---

Seoul will pay 1.18 trillion won this year, a 19% rise over 2019, officials said.

Some 28,500 US troops are stationed in the country.
`;

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A project as a remark user has one: the plugins installed in node_modules, a config, articles, a ledger. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'remark-factledger-'));
  made.push(dir);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(pkg, join(dir, 'node_modules', 'remark-factledger'), 'dir');
  symlinkSync(frontmatter, join(dir, 'node_modules', 'remark-frontmatter'), 'dir');
  copyFileSync(fixtureLedger, join(dir, 'ledger.yaml'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const rc = (...plugins: unknown[]) => JSON.stringify({ plugins });

/** remark-cli as a user runs it; the plugin's TypeScript source is loaded through tsx. */
function remark(args: string[], cwd: string): { code: number | null; report: string[] } {
  const result = spawnSync(process.execPath, ['--import', tsx, cli, '--no-color', '--no-stdout', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, report: result.stderr.split('\n') };
}

/** Where `text` is in `source`, counted here, independently of any parser: `line:col-line:col`. */
function placeOf(source: string, text: string): string {
  const offset = source.indexOf(text);
  const line = source.slice(0, offset).split('\n').length;
  const column = offset - source.lastIndexOf('\n', offset - 1);
  return `${line}:${column}-${line}:${column + text.length}`;
}

const row = (report: string[], place: string) => report.find((l) => l.trimStart().startsWith(`${place} `));

/** vfile-reporter's rows for each file: a header line, its rows (causes indented under them), a blank line. */
function byFile(report: string[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  let rows: string[] | undefined;
  for (const line of report) {
    if (line === '') rows = undefined;
    else if (rows) rows.push(line);
    else {
      rows = [];
      files.set(line.replace(/: no issues found$/, ''), rows);
    }
  }
  return files;
}

/** A row as place, severity and rule id: what a message says apart from its wording. */
const columns = (row: string) => {
  const cells = row.trim().split(/\s+/);
  return `${cells[0]} ${cells[1]} ${cells[cells.length - 2]}`;
};
const messageRows = (rows: string[] | undefined) => (rows ?? []).filter((l) => /^\d+:\d+/.test(l));

test('remark-cli: a conflict is an error on the figure, with the CLI rule id and the ledger fact as cause', () => {
  const dir = project({
    '.remarkrc.json': rc('remark-frontmatter', ['remark-factledger', { ledger: 'ledger.yaml' }]),
    'article.md': article,
  });
  const { code, report } = remark(['article.md'], dir);
  const conflict = row(report, placeOf(article, '19%'));
  assert.ok(conflict, report.join('\n'));
  assert.match(conflict, /\berror\b.*\bfact\/conflict\s+factledger$/);
  assert.equal(code, 1, 'an error fails the run');
  // The cause names the ledger's file and line, and has no line:column of its own to read as the article's.
  const ledgerLine = readFileSync(fixtureLedger, 'utf8').split('\n').indexOf('  - id: increase-2021') + 1;
  const cause = report[report.indexOf(conflict) + 2] ?? '';
  assert.equal(report[report.indexOf(conflict) + 1]?.trim(), '[cause]:');
  assert.match(
    cause,
    new RegExp(`^\\s+info\\s+Ledger fact \`increase-2021\` \\(ledger\\.yaml:${ledgerLine}:\\d+\\): `),
  );
});

test('remark-cli: without remark-frontmatter, the front matter still gives the date and is not checked as text', () => {
  const every = ['conflict', 'rounded', 'ambiguous', 'unmatched', 'match'];
  const factledger = ['remark-factledger', { ledger: '../ledger.yaml', report: every }];
  // One run, two folders, each with its config, as unified-engine finds a config for each file.
  const dir = project({
    'plain/.remarkrc.json': rc(factledger),
    'plain/article.md': article,
    'front/.remarkrc.json': rc('remark-frontmatter', factledger),
    'front/article.md': article,
  });
  const { report } = remark(['article.md', '../front/article.md'], join(dir, 'plain'));
  const files = byFile(report);
  const plain = messageRows(files.get('article.md')).map(columns);
  assert.ok(plain.includes(`${placeOf(article, '19%')} error fact/conflict`), report.join('\n'));
  assert.deepEqual(plain, messageRows(files.get('../front/article.md')).map(columns));
  // Nothing in the front matter (its date, its title) is reported as a figure of the article.
  assert.deepEqual(
    plain.filter((l) => /^[1-4]:/.test(l)),
    [],
  );
});

test('remark-cli: the plugin checks the tree it is given, so a plugin before it that drops quotes is honoured', () => {
  const quoted = `${article}\n> The rise was 19%, a spokesman said of the increase in 2021.\n`;
  const dropQuotes =
    'export default function dropQuotes() {\n  return (tree) => {\n    tree.children = tree.children.filter((node) => node.type !== "blockquote");\n  };\n}\n';
  const factledger = ['remark-factledger', { ledger: '../ledger.yaml' }];
  const dir = project({
    'kept/.remarkrc.json': rc('remark-frontmatter', factledger),
    'kept/article.md': quoted,
    'dropped/.remarkrc.json': rc('remark-frontmatter', '../drop-quotes.mjs', factledger),
    'dropped/article.md': quoted,
    'drop-quotes.mjs': dropQuotes,
  });
  const files = byFile(remark(['article.md', '../dropped/article.md'], join(dir, 'kept')).report);
  const quoteLine = quoted.split('\n').findIndex((l) => l.startsWith('>')) + 1;
  const onQuote = (rows: string[]) => rows.filter((l) => l.startsWith(`${quoteLine}:`));
  const kept = messageRows(files.get('article.md'));
  assert.ok(onQuote(kept).length > 0, `the quoted figure is checked when kept:\n${kept.join('\n')}`);
  const dropped = messageRows(files.get('../dropped/article.md'));
  assert.deepEqual(onQuote(dropped), []);
  assert.ok(row(dropped, placeOf(quoted, '19%')), 'the paragraph is still checked');
});

test('remark-cli: a relative ledger is read from the folder remark runs in; a URL in .remarkrc.mjs from the config', () => {
  const plugins = `['remark-frontmatter', ['remark-factledger', { ledger: new URL('./ledger.yaml', import.meta.url) }]]`;
  const dir = project({
    '.remarkrc.json': rc('remark-frontmatter', ['remark-factledger', { ledger: 'ledger.yaml' }]),
    'articles/article.md': article,
    'desk/.remarkrc.mjs': `export default { plugins: ${plugins} };\n`,
    'desk/ledger.yaml': readFileSync(fixtureLedger, 'utf8'),
    'desk/notes/article.md': article,
  });
  // From the root, where the config is: the ledger is found.
  const atRoot = remark(['articles/article.md'], dir);
  assert.ok(
    atRoot.report.some((l) => /fact\/conflict/.test(l)),
    atRoot.report.join('\n'),
  );

  // From a subfolder the root config's relative path is read there: one clear error saying so, no
  // stack; the URL a JavaScript config made is its own folder, wherever remark runs.
  const fromSub = remark(['article.md', '../desk/notes/article.md'], join(dir, 'articles'));
  assert.equal(fromSub.code, 1);
  const error = fromSub.report.find((l) => /No such ledger/.test(l)) ?? '';
  assert.match(error, /\berror\b/);
  assert.match(error, /read from the folder remark runs in/);
  assert.match(error, /import\.meta\.url/);
  assert.ok(!fromSub.report.some((l) => /^\s+at /.test(l)), fromSub.report.join('\n'));
  const byUrl = messageRows(byFile(fromSub.report).get('../desk/notes/article.md')).map(columns);
  assert.ok(byUrl.includes(`${placeOf(article, '19%')} error fact/conflict`), fromSub.report.join('\n'));
});

test('remark-cli: a broken ledger is a one-line error on each file, naming the ledger, not a stack trace', () => {
  const dir = project({
    '.remarkrc.json': rc(['remark-factledger', { ledger: 'broken.yaml' }]),
    'broken.yaml': 'facts: 12\n',
    'article.md': article,
  });
  const { code, report } = remark(['article.md'], dir);
  assert.equal(code, 1);
  // Each problem of the ledger on a line of its own, the ledger named as the folder's relative path.
  const errors = report.filter((l) => /\berror\b/.test(l));
  assert.ok(errors.length > 0, report.join('\n'));
  for (const error of errors) assert.match(error, /^\s+error\s+broken\.yaml:\d+:\d+: .*invalid-ledger\s+factledger$/);
  assert.ok(!report.some((l) => /^\s+at /.test(l)), report.join('\n'));
});
