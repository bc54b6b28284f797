import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  addFact,
  checkLedger,
  InvalidLedgerError,
  loadLedger,
  parseLedger,
  updateLedger,
  writeLedger,
} from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const writer = fileURLToPath(new URL('helpers/writer.ts', import.meta.url));
const costSharing = readFileSync(`${root}fixtures/cost-sharing/ledger.yaml`, 'utf8');
/** The fixture's facts, counted rather than pinned: the tests add to it. */
const fixtureFacts = parseLedger(costSharing, { file: 'ledger.yaml' }).facts.length;

function scratch(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-write-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const newFact = {
  id: 'contribution-2022',
  description: "South Korea's payment for 2022, in won",
  kind: 'money' as const,
  value: { amount: 1.2472e12, currency: 'KRW', per: 'year' as const },
  period: '2022',
  match: { entities: ['kr'], terms: ['contribution'] },
  sources: [{ outlet: 'Pacific Wire', url: 'https://www.pacificwire.example/2022/02/01/budget' }],
};

test('addFact appends the fact and leaves every other byte of the YAML as written', async () => {
  const path = scratch('ledger.yaml', costSharing);
  // A 2022 won figure needs a 2022 rate in a ledger that also uses dollars: add it in the same kind of edit.
  const withRate = costSharing.replace(
    "    period: '2021'\n\nfacts:",
    "    period: '2021'\n  - currency: KRW\n    per: USD\n    rate: 1292\n    period: '2022'\n\nfacts:",
  );
  writeFileSync(path, withRate);
  const ledger = await addFact(path, newFact);
  const after = readFileSync(path, 'utf8');
  assert.ok(after.startsWith(withRate.trimEnd()), 'the old text is kept as a prefix');
  assert.equal(
    after.slice(withRate.trimEnd().length),
    [
      '',
      '',
      '  - id: contribution-2022',
      "    description: South Korea's payment for 2022, in won",
      '    kind: money',
      '    value: { amount: 1247200000000, currency: KRW, per: year }',
      "    period: '2022'",
      '    match:',
      '      entities: [kr]',
      '      terms: [contribution]',
      '    sources:',
      '      - outlet: Pacific Wire',
      '        url: https://www.pacificwire.example/2022/02/01/budget',
      '',
    ].join('\n'),
  );
  assert.equal(
    ledger.fact('contribution-2022')?.position?.start.line,
    after.split('\n').indexOf('  - id: contribution-2022') + 1,
  );
  assert.ok(after.includes('# The 2020 and 2024 talks were different negotiations'));
});

test('an add that would make the ledger invalid is refused and the file is untouched', async () => {
  const path = scratch('ledger.yaml', costSharing);
  // A won figure for 2022 with no 2022 rate: the ledger would fail its own checks.
  await assert.rejects(addFact(path, newFact), (error: unknown) => {
    assert.ok(error instanceof InvalidLedgerError);
    assert.equal(
      error.format(),
      `${path}: not written: facts[${fixtureFacts}].value.currency: no rate converts KRW to USD for 2022 (add a rate for that date or period under \`rates\`)`,
    );
    return true;
  });
  await assert.rejects(
    addFact(path, { ...newFact, id: 'troop-level' }),
    new RegExp(`not written: facts\\[${fixtureFacts}\\]\\.id: duplicate id`),
  );
  assert.equal(readFileSync(path, 'utf8'), costSharing);
  assert.equal(existsSync(`${path}.lock`), false);
});

test('a ledger with problems is not written to', async () => {
  const broken = costSharing.replace('currency: KRW, per: year }', 'currency: KRWW, per: year }');
  const path = scratch('ledger.yaml', broken);
  await assert.rejects(addFact(path, { ...newFact, period: '2021' }), /'KRWW' is not an ISO 4217 code/);
  assert.equal(readFileSync(path, 'utf8'), broken);
});

test('JSON ledgers are written back as JSON with their indentation', async () => {
  const data = { topic: 't', facts: [{ id: 'a', description: 'A', kind: 'count', value: { amount: 1, unit: 'x' } }] };
  const path = scratch('ledger.json', `${JSON.stringify(data, null, 4)}\n`);
  await addFact(path, { id: 'b', description: 'B', kind: 'percent', value: { amount: 5 } });
  const after = readFileSync(path, 'utf8');
  assert.equal(
    after,
    `${JSON.stringify({ ...data, facts: [...data.facts, { id: 'b', description: 'B', kind: 'percent', value: { amount: 5 } }] }, null, 4)}\n`,
  );
});

test('an empty or flow-style facts list still gets the fact, with comments kept', async () => {
  const path = scratch('ledger.yaml', '# keep me\ntopic: t # and me\nfacts: []\n');
  await addFact(path, { id: 'a', description: 'A', kind: 'percent', value: { amount: 5 } });
  const after = readFileSync(path, 'utf8');
  assert.match(after, /^# keep me\ntopic: t # and me\n/);
  assert.equal((await loadLedger(path)).fact('a')?.value?.amount, 5);
});

test('updateLedger edits through the YAML Document and keeps comments and key order', async () => {
  const path = scratch('ledger.yaml', costSharing);
  await updateLedger(path, (doc) => {
    doc.setIn(['facts', 13, 'value', 'amount'], 28000);
    return undefined;
  });
  const after = readFileSync(path, 'utf8');
  assert.ok(after.includes('value: { amount: 28000, unit: troops }'));
  assert.ok(after.includes('# Yearly average won-per-dollar rates'));
  assert.equal((await loadLedger(path)).fact('troop-level')?.value?.amount, 28000);
});

test('writeLedger validates before it creates a file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-write-'));
  const path = join(dir, 'new.yaml');
  await assert.rejects(
    writeLedger(path, { topic: 't', facts: [{ id: 'A', description: 'd', kind: 'count' }] }),
    /not a valid id/,
  );
  assert.equal(existsSync(path), false);
  await writeLedger(path, { topic: 't', facts: [{ id: 'a', description: 'd', kind: 'count' }] });
  assert.equal(checkLedger(readFileSync(path, 'utf8')).ok, true);
  assert.deepEqual(readdirSync(dir), ['new.yaml']);
});

test('a writer killed mid-write leaves the old file or the new one, never a mix, and its lock is taken over', async () => {
  const path = scratch('ledger.yaml', costSharing);
  // Two valid ledgers, large enough that a write takes a while: each must appear whole or not at all.
  const padding = (c: string) => `\n# ${c.repeat(2_000_000)}\n`;
  const a = costSharing + padding('a');
  const b = costSharing.replace('28500', '28000') + padding('b');
  const dir = mkdtempSync(join(tmpdir(), 'ledger-texts-'));
  writeFileSync(join(dir, 'a.yaml'), a);
  writeFileSync(join(dir, 'b.yaml'), b);
  for (let round = 0; round < 4; round++) {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', writer, 'loop', path, join(dir, 'a.yaml'), join(dir, 'b.yaml')],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((ready) => child.stdout.once('data', () => ready()));
    await new Promise((wait) => setTimeout(wait, 20 + round * 37));
    child.kill('SIGKILL');
    await new Promise((exit) => child.once('exit', exit));
    const text = readFileSync(path, 'utf8');
    assert.ok(text === a || text === b, `round ${round}: the file is one of the two complete ledgers`);
  }
  // The killed writer's lock (if it held one) names a dead process: the next write takes it over.
  const ledger = await addFact(
    path,
    { id: 'after-crash', description: 'd', kind: 'percent', value: { amount: 1 } },
    {
      lock: { timeoutMs: 2000 },
    },
  );
  assert.ok(ledger.fact('after-crash'));
  assert.deepEqual(
    readdirSync(join(path, '..')).filter((f) => f !== 'ledger.yaml'),
    [],
    'no temp or lock files are left behind',
  );
});

test('concurrent adds from several processes all land, and the file is never corrupt', async () => {
  const path = scratch('ledger.yaml', costSharing);
  const children = ['p', 'q', 'r'].map((prefix) =>
    spawn(process.execPath, ['--import', 'tsx', writer, 'add', path, prefix, '5'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  // In this process too, at the same time.
  const local = Promise.all(
    [0, 1, 2].map((i) => addFact(path, { id: `local-${i}`, description: 'd', kind: 'percent', value: { amount: i } })),
  );
  const codes = await Promise.all(children.map((c) => new Promise<number | null>((exit) => c.once('exit', exit))));
  await local;
  assert.deepEqual(codes, [0, 0, 0]);
  const ledger = await loadLedger(path);
  const ids = ledger.facts.map((f) => f.id);
  for (const prefix of ['p', 'q', 'r'])
    for (let i = 0; i < 5; i++) assert.ok(ids.includes(`${prefix}-${i}`), `${prefix}-${i}`);
  for (let i = 0; i < 3; i++) assert.ok(ids.includes(`local-${i}`));
  assert.equal(ledger.facts.length, fixtureFacts + 18);
});

/** A lock as a writer holds it: the directory `<ledger>.lock` with a file named after its owner. */
function holdLock(path: string, pid: number, since = new Date(), host = hostname()): string {
  const dir = `${path}.lock`;
  mkdirSync(dir);
  const owner = join(dir, `${pid}.${randomUUID()}.${encodeURIComponent(host)}`);
  writeFileSync(owner, '');
  utimesSync(owner, since, since);
  return owner;
}

test('the loser of a lock gets a clear error when the winner holds it too long', async () => {
  const path = scratch('ledger.yaml', costSharing);
  // Held for months by a process that is still running (this one): slow is not gone, the lock holds.
  holdLock(path, process.pid, new Date('2026-01-02T03:04:05Z'));
  await assert.rejects(
    addFact(path, { id: 'x', description: 'd', kind: 'percent' }, { lock: { timeoutMs: 100 } }),
    (error: Error & { code: string; format(): string }) => {
      assert.equal(error.code, 'ledger-write');
      assert.equal(
        error.format(),
        `${path}: The ledger is locked by process ${process.pid} since 2026-01-02T03:04:05.000Z (wait until it is done, or remove ${path}.lock if that process is gone)`,
      );
      return true;
    },
  );
  assert.equal(readFileSync(path, 'utf8'), costSharing);
});

test('a lock taken on another machine is never cleared from here, even when the pid is unused on this one', async () => {
  const path = scratch('ledger.yaml', costSharing);
  holdLock(path, 2 ** 30, new Date('2026-01-02T03:04:05Z'), 'build-box.example');
  await assert.rejects(
    addFact(path, { id: 'x', description: 'd', kind: 'percent' }, { lock: { timeoutMs: 100 } }),
    (error: Error & { format(): string }) => {
      assert.equal(
        error.format(),
        `${path}: The ledger is locked by process ${2 ** 30} on build-box.example (another machine: it cannot be checked from here) since 2026-01-02T03:04:05.000Z (wait until it is done, or remove ${path}.lock if that process is gone)`,
      );
      return true;
    },
  );
  assert.equal(readFileSync(path, 'utf8'), costSharing);
  assert.equal(readdirSync(`${path}.lock`).length, 1, 'the lock is still there');
});

test('the writer that takes over a dead writer’s lock removes its temp file, and nothing older', async () => {
  const path = scratch('ledger.yaml', costSharing);
  const dir = join(path, '..');
  // A user's backup, named like a temp file but older than the dead writer's lock: kept.
  writeFileSync(`${path}.20240101`, 'backup');
  const old = new Date(Date.now() - 3_600_000);
  utimesSync(`${path}.20240101`, old, old);
  // A process that is surely dead: a pid far beyond pid_max.
  holdLock(path, 2 ** 30);
  writeFileSync(`${path}.1021370273`, costSharing.slice(0, 100));
  // The lock of another dead writer, moved aside by a writer that died before it got the lock: evidence too, and removed.
  writeFileSync(`${path}.lock.dead.${2 ** 30 + 1}.0b7d6c36-5f0a-4d4e-9a51-2a8c0e0b9f11.${hostname()}`, '');
  await addFact(path, { id: 'after-crash', description: 'd', kind: 'percent', value: { amount: 1 } });
  assert.deepEqual(readdirSync(dir).sort(), ['ledger.yaml', 'ledger.yaml.20240101']);
  // With no crashed writer's lock, nothing named like a temp file is touched.
  writeFileSync(`${path}.1021370274`, 'x');
  await addFact(path, { id: 'later', description: 'd', kind: 'percent', value: { amount: 2 } });
  assert.deepEqual(readdirSync(dir).sort(), ['ledger.yaml', 'ledger.yaml.1021370274', 'ledger.yaml.20240101']);
});

test('a read-only ledger is refused with a clear error, not replaced', async () => {
  const path = scratch('ledger.yaml', costSharing);
  chmodSync(path, 0o444);
  await assert.rejects(
    addFact(path, { id: 'x', description: 'd', kind: 'percent' }),
    (error: Error & { code: string; format(): string }) => {
      assert.equal(error.code, 'ledger-write');
      assert.equal(
        error.format(),
        `${path}: The ledger is read-only; it was not changed (make it writable (chmod u+w ${path}) if it should change)`,
      );
      return true;
    },
  );
  assert.equal(readFileSync(path, 'utf8'), costSharing);
  assert.equal(statSync(path).mode & 0o777, 0o444);
  assert.deepEqual(readdirSync(join(path, '..')), ['ledger.yaml']);
});

test('a CRLF ledger stays CRLF, and a byte order mark stays, in YAML and JSON', async () => {
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');
  const yaml = crlf('# kept\ntopic: t\nfacts:\n  - id: a\n    description: A\n    kind: count\n');
  for (const [name, before] of [
    ['ledger.yaml', yaml],
    ['bom.yaml', `\uFEFF${yaml}`],
    [
      'ledger.json',
      `\uFEFF${crlf(JSON.stringify({ topic: 't', facts: [{ id: 'a', description: 'A', kind: 'count' }] }, null, 2))}\r\n`,
    ],
  ] as const) {
    const path = scratch(name, before);
    const ledger = await addFact(path, { id: 'b', description: 'B', kind: 'count' });
    const after = readFileSync(path, 'utf8');
    assert.equal(after.startsWith('\uFEFF'), before.startsWith('\uFEFF'), `${name}: the BOM is kept`);
    assert.doesNotMatch(after, /[^\r]\n/, `${name}: every line ends in CRLF`);
    if (name.endsWith('.yaml')) assert.ok(after.startsWith(before), `${name}: the old text is kept as a prefix`);
    const loaded = await loadLedger(path);
    assert.deepEqual(
      loaded.facts.map((fact) => fact.id),
      ['a', 'b'],
    );
    // Positions point into the file as written, BOM and CRs included: as a fresh load sees it.
    assert.deepEqual(ledger.fact('b')?.position, loaded.fact('b')?.position);
    const line = after.split('\r\n').findIndex((text) => /^\s*- id: b$/.test(text)) + 1;
    if (name.endsWith('.yaml'))
      assert.equal(ledger.fact('b')?.position?.start.line, line, `${name}: the new fact's line`);
  }
});

test('a failed directory sync after the rename is a warning: the fact was written and the add succeeds', async () => {
  const path = scratch('ledger.yaml', costSharing);
  const eio = () => Promise.reject(Object.assign(new Error('i/o error'), { code: 'EIO' }));
  const warnings: string[] = [];
  const ledger = await addFact(
    path,
    { id: 'synced-or-not', description: 'd', kind: 'percent', value: { amount: 1 } },
    { fs: { syncDirectory: eio }, onWarning: (warning) => warnings.push(warning.format()) },
  );
  assert.ok(ledger.fact('synced-or-not'));
  assert.ok((await loadLedger(path)).fact('synced-or-not'), 'the fact is in the file');
  assert.deepEqual(warnings, [
    `${path}: The ledger was written, but its directory could not be synced to disk (EIO; if the system crashes before it writes its caches, the change may be lost)`,
  ]);
  // A failure before the rename is an error, and says truthfully that the file is unchanged.
  const before = readFileSync(path, 'utf8');
  await assert.rejects(
    addFact(path, { id: 'never', description: 'd', kind: 'percent' }, { fs: { writeFile: eio } }),
    (error: Error & { format(): string }) => {
      assert.equal(error.format(), `${path}: Cannot write the ledger; it is unchanged (EIO)`);
      return true;
    },
  );
  assert.equal(readFileSync(path, 'utf8'), before);
  assert.deepEqual(readdirSync(join(path, '..')), ['ledger.yaml']);
});
