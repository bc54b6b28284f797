import { access, constants, open, readdir, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { FactledgerError } from '@factledger/core';
import writeFileAtomic from 'write-file-atomic';
import { type Document, isCollection, isMap, isPair, isScalar, isSeq, parse, stringify, type YAMLMap } from 'yaml';
import { InvalidLedgerError, LedgerError } from './errors.js';
import type { FactInput, LedgerFile } from './format.js';
import type { Ledger } from './ledger.js';
import { type HeldLock, type LockOptions, withLock } from './lock.js';
import { analyseLedger, DEFAULT_MAX_BYTES, formatOf, type LedgerFormat, readLedgerText } from './parse.js';

export interface WriteLedgerOptions {
  /** Refuse to read or write a ledger larger than this, in bytes (default 10 MB). */
  maxBytes?: number;
  /** How long to wait for another writer, and when a lock counts as left by a crash. */
  lock?: LockOptions;
  /** The file name errors show (default: `path`), e.g. the path as the user typed it. */
  name?: string;
  /** Told about a problem that did not stop the write (default: `process.emitWarning`). */
  onWarning?: (warning: FactledgerError) => void;
  /** The file system calls that write, for tests that make them fail. */
  fs?: Partial<WriteSystem>;
}

/** What a write asks of the file system once the new text is ready. */
export interface WriteSystem {
  /** Replaces the file atomically: a temp file beside it, synced, renamed over it. */
  writeFile(path: string, text: string): Promise<void>;
  /** Makes the rename durable: syncs the directory entry to disk. */
  syncDirectory(dir: string): Promise<void>;
}

const SYSTEM: WriteSystem = {
  writeFile: (path, text) => writeFileAtomic(path, text, { fsync: true }),
  syncDirectory,
};

/** How `toString` writes an edited document: no re-folding of long lines. */
const TO_STRING = { lineWidth: 0 } as const;

/** The file's own habits (`{ a: 1 }` or `{a: 1}`, `[a]` or `[ a ]`, 'single' or "double" quotes). */
function styleOf(text: string) {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return {
    padMaps: count(/\{ \S/g) >= count(/\{[^\s}]/g),
    padLists: count(/\[ \S/g) >= count(/\[[^\s\]]/g),
    singleQuote: count(/: '/g) > count(/: "/g),
  };
}

/**
 * Renders a document in the file's style. yaml pads flow maps and lists alike; files often pad
 * maps and not lists, so lists are tightened afterwards — kept only if the data reads back the same.
 */
function render(doc: Document, text: string): string {
  const style = styleOf(text);
  const out = doc.toString({ ...TO_STRING, flowCollectionPadding: style.padMaps, singleQuote: style.singleQuote });
  if (!style.padMaps || style.padLists) return out;
  const tightened = out.replace(/\[ ([^[\]'"\n]*?) \]/g, '[$1]');
  return isDeepStrictEqual(parse(tightened, { version: '1.2' }), parse(out, { version: '1.2' })) ? tightened : out;
}

/** The order keys are written in when a fact is added, the order the README documents. */
const FACT_KEYS: readonly (keyof FactInput)[] = [
  'id',
  'description',
  'kind',
  'value',
  'derived',
  'asOf',
  'period',
  'match',
  'tolerance',
  'sources',
  'note',
];

/**
 * The one write path. Under the ledger's lock: read the ledger, check it, let `edit` change the
 * YAML document (or return the new text), validate the result, and only then replace the file
 * atomically. An invalid result is never written; a crash leaves the old file or the new one.
 */
export async function updateLedger(
  path: string,
  edit: (doc: Document, text: string, format: LedgerFormat) => string | undefined,
  options: WriteLedgerOptions = {},
): Promise<Ledger> {
  const format = formatOf(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const target = await realTarget(path);
  return withLock(
    target,
    async (lock) => {
      await removeCrashLeftovers(target, lock);
      const text = await readLedgerText(target, maxBytes);
      const before = analyseLedger(text, { file: options.name ?? path, format, maxBytes });
      if (!before.check.ok || !before.doc) throw new InvalidLedgerError(before.check.errors);
      const next = edit(before.doc, text, format) ?? serialise(before.doc, text, format);
      return commit(target, keepLayout(text, next), format, maxBytes, options.name ?? path, options);
    },
    options.lock,
  );
}

/** Adds one fact at the end of `facts`, keeping everything else in the file as it was. */
export function addFact(path: string, fact: FactInput, options: WriteLedgerOptions = {}): Promise<Ledger> {
  const ordered = orderFact(fact);
  return updateLedger(path, (doc, text, format) => appendFact(doc, text, format, ordered), options);
}

/** Writes a whole ledger (a new one, or a replacement): validated first, then atomically, under the lock. */
export async function writeLedger(
  path: string,
  content: string | LedgerFile,
  options: WriteLedgerOptions = {},
): Promise<Ledger> {
  const format = formatOf(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const text =
    typeof content === 'string'
      ? content
      : format === 'json'
        ? `${JSON.stringify(content, null, 2)}\n`
        : stringify(content, TO_STRING);
  const target = await realTarget(path);
  return withLock(
    target,
    async (lock) => {
      await removeCrashLeftovers(target, lock);
      return commit(target, text, format, maxBytes, options.name ?? path, options);
    },
    options.lock,
  );
}

/**
 * The file a write replaces: through symlinks, so that a link and its target share one lock and
 * the link stays a link. A ledger not created yet is named by its directory's real path.
 */
async function realTarget(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const dir = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    return join(dir, basename(absolute));
  }
}

/**
 * The edits write LF and no byte order mark, as yaml and JSON.stringify do: a file written with
 * CRLF throughout (and no bare LF) gets CRLF throughout, and a BOM stays. A file mixing both is
 * left mixed: converting it would change lines nobody edited.
 */
function keepLayout(before: string, after: string): string {
  let out = after;
  if (before.includes('\r\n') && !/(^|[^\r])\n/.test(before)) out = out.replace(/\r?\n/g, '\r\n');
  if (before.startsWith('\uFEFF') && !out.startsWith('\uFEFF')) out = `\uFEFF${out}`;
  return out;
}

/** write-file-atomic's temp files: `<real path>.<32-bit murmur hash in decimal>`. */
const TEMP_SUFFIX = /^\.\d{1,10}$/;
/** File systems with coarse timestamps (FAT: 2 s) can date a file a little before the lock that preceded it. */
const CLOCK_SLACK_MS = 2000;

/**
 * A writer killed mid-write (SIGKILL, power loss) cannot remove its write-file-atomic temp file.
 * It also left its lock, which the next writer took over: that writer (holding the lock, so no
 * live writer of ours is writing a temp file) removes the temp files dated between the dead
 * writer's lock and its own. Files named like temp files but older — a user's `ledger.yaml.2024`
 * backup, say — are left alone, and nothing is removed unless a crashed writer's lock was found.
 */
async function removeCrashLeftovers(target: string, lock: HeldLock): Promise<void> {
  if (lock.crashedSince === undefined) return;
  const dir = dirname(target);
  const base = basename(target);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(base) || !TEMP_SUFFIX.test(name.slice(base.length))) continue;
    const temp = join(dir, name);
    const info = await stat(temp).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (info.mtimeMs >= lock.crashedSince - CLOCK_SLACK_MS && info.mtimeMs <= lock.acquiredAt) {
      await unlink(temp).catch(() => {});
    }
  }
}

async function commit(
  target: string,
  text: string,
  format: LedgerFormat,
  maxBytes: number,
  name: string,
  options: WriteLedgerOptions,
): Promise<Ledger> {
  const after = analyseLedger(text, { file: name, format, maxBytes });
  if (!after.check.ok) {
    // Places in a text that was never written would point nowhere: keep the pointers and the words.
    throw new InvalidLedgerError(
      after.check.errors.map(
        (error) =>
          new LedgerError(`not written: ${error.message}`, {
            file: name,
            pointer: error.pointer,
            hint: error.hint,
          }),
      ),
    );
  }
  await refuseReadOnly(target, name);
  const system = { ...SYSTEM, ...options.fs };
  try {
    await system.writeFile(target, text);
  } catch (error) {
    // write-file-atomic renames last: when it fails, the old file is still there, whole.
    throw new FactledgerError('ledger-write', 'Cannot write the ledger; it is unchanged', {
      file: name,
      hint: codeOf(error),
      cause: error,
    });
  }
  try {
    await system.syncDirectory(dirname(target));
  } catch (error) {
    // The new file is in place and readable: the write did not fail, only its durability is in doubt.
    const warning = new FactledgerError(
      'ledger-write',
      'The ledger was written, but its directory could not be synced to disk',
      {
        file: name,
        hint: `${codeOf(error)}; if the system crashes before it writes its caches, the change may be lost`,
        cause: error,
      },
    );
    if (options.onWarning) options.onWarning(warning);
    else process.emitWarning(warning.format());
  }
  return after.check.ledger;
}

function codeOf(error: unknown): string {
  return String((error as NodeJS.ErrnoException).code ?? (error as Error).message ?? error);
}

/**
 * The atomic write replaces the file by a rename, which a read-only file does not stop (and
 * root ignores permissions): a ledger nobody may write is refused instead of silently replaced.
 */
async function refuseReadOnly(target: string, name: string): Promise<void> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return;
  const writable =
    (info.mode & 0o222) !== 0 &&
    (await access(target, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) {
    throw new FactledgerError('ledger-write', 'The ledger is read-only; it was not changed', {
      file: name,
      hint: `make it writable (chmod u+w ${name}) if it should change`,
    });
  }
}

/** The rename is only durable once the directory entry is on disk. Some systems cannot open a directory: skip there. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

function serialise(doc: Document, text: string, format: LedgerFormat): string {
  if (format === 'json') return `${JSON.stringify(doc.toJS(), null, jsonIndent(text))}\n`;
  return render(doc, text);
}

function jsonIndent(text: string): string | number {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? 2;
}

function orderFact(input: FactInput): FactInput {
  // A JSON round trip drops `undefined` members, which YAML would not write but a comparison would see.
  const fact = JSON.parse(JSON.stringify(input)) as FactInput;
  const out: Record<string, unknown> = {};
  for (const key of FACT_KEYS) if (fact[key] !== undefined) out[key] = fact[key];
  for (const [key, value] of Object.entries(fact)) if (!(key in out) && value !== undefined) out[key] = value;
  return out as unknown as FactInput;
}

/**
 * Appends the fact as text after the last item of a block `facts:` list, indented like its
 * neighbours and with the same flow/block style per property as the fact before it, so the rest
 * of the file stays byte for byte as the user wrote it. Falls back to the Document API (which
 * keeps comments and key order but may re-wrap long lines) when the list is empty or in flow style.
 */
function appendFact(doc: Document, text: string, format: LedgerFormat, fact: FactInput): string {
  if (format === 'json') {
    const data = doc.toJS() as LedgerFile;
    data.facts.push(fact);
    return `${JSON.stringify(data, null, jsonIndent(text))}\n`;
  }
  const spliced = spliceFact(doc, text, fact);
  if (spliced !== undefined) {
    // The splice is text surgery: accept it only if it reads back as exactly the old facts plus the new one.
    const expected = [...((doc.toJS() as LedgerFile).facts ?? []), fact];
    const actual = (parse(spliced, { version: '1.2' }) as LedgerFile | null)?.facts;
    if (isDeepStrictEqual(actual, expected)) return spliced;
  }
  const facts = doc.get('facts', true);
  if (isSeq(facts)) facts.add(doc.createNode(fact));
  else doc.set('facts', doc.createNode([fact]));
  return render(doc, text);
}

/** Gives each collection in `node` the flow or block style of the same key's collection in `model`. */
function mirrorFlow(node: unknown, model: unknown): void {
  if (!isMap(node) || !isMap(model)) return;
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const previous = model.get(pair.key.value, true);
    if (isCollection(previous) && isCollection(pair.value)) {
      pair.value.flow = previous.flow ?? false;
      if (!pair.value.flow) mirrorFlow(pair.value, previous);
    }
  }
}

function spliceFact(doc: Document, text: string, fact: FactInput): string | undefined {
  const facts = doc.get('facts', true);
  if (!isSeq(facts) || facts.flow || facts.items.length === 0 || !facts.range) return undefined;
  const last = facts.items[facts.items.length - 1];
  if (!isMap(last) || !last.range) return undefined;
  const lineStart = text.lastIndexOf('\n', facts.range[0] - 1) + 1;
  const indent = text.slice(lineStart, facts.range[0]);
  if (!/^ *$/.test(indent)) return undefined;

  const node = doc.createNode(fact) as YAMLMap;
  mirrorFlow(node, last);
  const item = render(new (doc.constructor as typeof Document)([node]), text);
  const body = item
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
  // Insert after the line the last item's value ends on; a blank line first if the items are spaced.
  let at = text.indexOf('\n', Math.max(last.range[1] - 1, 0));
  at = at === -1 ? text.length : at + 1;
  const spaced = last.spaceBefore === true || facts.items.some((item) => isMap(item) && item.spaceBefore);
  const head = text.slice(0, at);
  return `${head}${head.endsWith('\n') ? '' : '\n'}${spaced ? '\n' : ''}${body}\n${text.slice(at)}`;
}
