import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { packAndInstall, pnpm, repoRoot } from '../../../scripts/pack-install.js';

// The path a user takes: the packages as npm would publish them, installed with plain npm into a
// folder that knows nothing of this workspace, used with plain `node` — no tsx, no workspace links.

const PACKAGES = [
  '@factledger/core',
  '@factledger/parse',
  '@factledger/extract',
  '@factledger/ledger',
  '@factledger/reconcile',
  '@factledger/report',
  'factledger',
  'remark-factledger',
];

let work: string;
let app: string;

function inApp(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(
  () => {
    work = mkdtempSync(join(tmpdir(), 'factledger-install-'));
    app = packAndInstall(work);
    assert.equal(readdirSync(join(work, 'tarballs')).length, PACKAGES.length, 'one tarball per package');
  },
  { timeout: 240_000 },
);

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('every tarball has its compiled code, declarations, README and LICENSE, and no build state', () => {
  for (const name of PACKAGES) {
    const dir = join(app, 'node_modules', name);
    const files = readdirSync(dir);
    for (const f of ['README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(f), `${name} ships ${f}`);
    const dist = readdirSync(join(dir, 'dist'));
    assert.ok(dist.includes('index.js') && dist.includes('index.d.ts'), `${name} ships dist/index.{js,d.ts}`);
    assert.ok(!dist.some((f) => f.endsWith('.tsbuildinfo')), `${name} ships no .tsbuildinfo`);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.equal(pkg.exports['.'].import, './dist/index.js', `${name} exports the build`);
    assert.equal(pkg.types, './dist/index.d.ts');
    assert.ok(
      pkg.engines?.node && pkg.repository?.url && pkg.description,
      `${name} has engines, repository, description`,
    );
    assert.ok(!JSON.stringify(pkg).includes('workspace:'), `${name} has no workspace: ranges`);
  }
});

test('every package imports with plain node, and extractClaims reads a string', () => {
  const script = [
    `for (const name of ${JSON.stringify(PACKAGES)}) {`,
    '  const m = await import(name);',
    "  if (Object.keys(m).length === 0) throw new Error(name + ' exports nothing');",
    '}',
    "const { extractClaims } = await import('@factledger/extract');",
    "const claims = extractClaims('They paid about $870 million last year.', { published: '2020-01' });",
    "const schema = await import('@factledger/ledger/schema.json', { with: { type: 'json' } });",
    'console.log(JSON.stringify({ claims: claims.map((c) => [c.kind, c.value, c.text, c.hedge]), id: schema.default.$id }));',
  ].join('\n');
  writeFileSync(join(app, 'imports.mjs'), script);
  const r = inApp(process.execPath, ['imports.mjs']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { claims: unknown[][]; id: string };
  assert.deepEqual(out.claims[0]?.slice(0, 3), ['money', 870e6, '$870 million']);
  assert.deepEqual(
    out.claims.map((c) => c[0]),
    ['money', 'date'],
  );
  assert.match(out.id, /^https:\/\/.+\/ledger\/v\d+\.json$/);
});

test('npx factledger check: exit 1 and the conflict for a wrong article, 0 for a right one, 2 for a missing ledger', () => {
  copyFileSync(join(repoRoot, 'fixtures/topics/wildfire.ledger.yaml'), join(app, 'wildfire.yaml'));
  const article = (homes: number) =>
    `---\npublished: 2024-08-21\noutlet: County Desk\n---\n\n# Fire update\n\nThe Tallow Ridge fire destroyed ${homes} homes.\n`;
  writeFileSync(join(app, 'wrong.md'), article(450));
  writeFileSync(join(app, 'right.md'), article(430));
  const wrong = inApp('npx', ['factledger', 'check', '--ledger', 'wildfire.yaml', 'wrong.md']);
  assert.equal(wrong.code, 1, wrong.stderr);
  assert.match(wrong.stdout, /^wrong\.md\n {2}8:\d+-8:\d+ +error +.*fact\/conflict$/m);
  assert.match(wrong.stdout, /450/);
  const right = inApp('npx', ['factledger', 'check', '--ledger', 'wildfire.yaml', 'right.md']);
  assert.equal(right.code, 0, right.stdout + right.stderr);
  const missing = inApp('npx', ['factledger', 'check', '--ledger', 'nowhere.yaml', 'right.md']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nowhere\.yaml/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');
});

test('npx factledger init: each modeline names a schema that npm installed, at its $id; the files work', () => {
  const project = join(app, 'newsroom');
  mkdirSync(project);
  // The project is the folder factledger is installed in: init runs there.
  symlinkSync(join(app, 'node_modules'), join(project, 'node_modules'), 'dir');
  const init = spawnSync('npx', ['--no', 'factledger', 'init'], { cwd: project, encoding: 'utf8' });
  assert.equal(init.status, 0, init.stderr);
  // npm's own warnings about the environment it runs in (under pnpm, say) are not factledger's.
  const said = init.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
  assert.deepEqual(said, [], 'no note that a schema is missing');
  const ids: Record<string, string> = {
    'factledger.config.yaml': 'https://factledger.dev/schema/config/v1.json',
    'ledgers/facts.ledger.yaml': 'https://factledger.dev/schema/ledger/v1.json',
  };
  for (const [file, id] of Object.entries(ids)) {
    const first = readFileSync(join(project, file), 'utf8').split('\n')[0] ?? '';
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
    assert.ok(schema, `${file} starts with a modeline`);
    const path = join(project, dirname(file), schema);
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).$id, id, `${file} names ${schema}`);
  }
  const validated = spawnSync('npx', ['--no', 'factledger', 'ledger', 'validate', 'ledgers/facts.ledger.yaml'], {
    cwd: project,
    encoding: 'utf8',
  });
  assert.equal(validated.status, 0, validated.stderr);
});

test("the library guide's examples run as written against the installed packages", () => {
  const guide = readFileSync(join(repoRoot, 'docs/library.md'), 'utf8');
  const blocks = [...guide.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  // What each example must print, in the guide's order: one call, a feed, stage by stage.
  const expected = [
    [/^draft\.md conflict "450" conflicts with 430 homes/m, /^0 unreadable$/m],
    [/^desk\/quay\.md conflict 14$/m, /^desk\/port\.md match Twelve$/m],
    [/coast-wire\.md/, /conflict/],
  ];
  assert.equal(blocks.length, expected.length, 'the guide has its examples as js blocks');
  for (const [i, code] of blocks.entries()) {
    const script = join(app, `guide-${i}.mjs`);
    writeFileSync(script, code);
    // Run from the checkout, where the guide's fixture paths are; imports resolve from the script's folder.
    const r = spawnSync(process.execPath, [script], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(r.status, 0, `guide example ${i + 1}:\n${r.stderr}`);
    for (const pattern of expected[i] ?? []) assert.match(r.stdout, pattern, `guide example ${i + 1}`);
  }
});

test('a TypeScript consumer type-checks against the declarations, node16 and bundler, skipLibCheck off', () => {
  writeFileSync(
    join(app, 'consumer.ts'),
    `import type { Claim } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { type Ledger, type LedgerFile, ledgerFromData } from '@factledger/ledger';
import { parseArticle } from '@factledger/parse';
import { type Finding, Reconciler, reconcile } from '@factledger/reconcile';
import { formatFindings } from '@factledger/report';
import { type CheckEvent, checkArticles, checkStream } from 'factledger';
import remarkFactledger from 'remark-factledger';

const data: LedgerFile = {
  topic: 'harbour',
  facts: [{ id: 'cranes', description: 'Cranes at the port', kind: 'count', value: { amount: 12 } }],
};
const ledger: Ledger = ledgerFromData(data);
const claims: Claim[] = extractClaims(parseArticle('The port has 12 cranes.', { id: 'a.txt' }));
const findings: Finding[] = reconcile(claims, ledger);
const one: Finding[] = new Reconciler([ledger]).article(claims, { published: '2024' });
export async function run(): Promise<number> {
  const { findings: more } = await checkArticles([{ id: 'b.md', text: 'Twelve cranes.' }], data);
  let n = 0;
  for await (const event of checkStream([{ id: 'c.md', text: '12 cranes' }], [ledger, data])) {
    const e: CheckEvent = event;
    if (e.type !== 'error') n += e.findings.length;
  }
  return more.length + n + one.length + formatFindings(findings, 'text').length + (typeof remarkFactledger === 'function' ? 1 : 0);
}
`,
  );
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  for (const [module, moduleResolution] of [
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ]) {
    const config = `tsconfig.${moduleResolution}.json`;
    // No @types/node: the library's declarations must not need it.
    const compilerOptions = {
      module,
      moduleResolution,
      target: 'es2022',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    };
    writeFileSync(join(app, config), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    const r = inApp(process.execPath, [tsc, '-p', config]);
    assert.equal(r.code, 0, `${moduleResolution}:\n${r.stdout}${r.stderr}`);
  }
});

test('the release dry run passes: every package would publish, at the one version the changelog names', () => {
  const version = (
    JSON.parse(readFileSync(join(repoRoot, 'packages/factledger/package.json'), 'utf8')) as { version: string }
  ).version;
  for (const dir of readdirSync(join(repoRoot, 'packages'))) {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8'));
    assert.equal(pkg.version, version, `${pkg.name} is released in lockstep`);
  }
  assert.match(
    readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8'),
    new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm'),
  );
  // --no-git-checks: the suite runs on any branch and on a dirty tree; the release procedure does not.
  const out = pnpm(['-r', 'publish', '--dry-run', '--no-git-checks']);
  for (const name of PACKAGES) assert.match(out, new RegExp(`^\\+ ${name}@${version.replace(/\./g, '\\.')}$`, 'm'));
});
