import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { type Ledger, type LedgerFile, ledgerFromData, loadLedger } from '@factledger/ledger';
import { parseArticle } from '@factledger/parse';
import { type Finding, reconcile, type Verdict } from '@factledger/reconcile';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

export interface Options {
  /**
   * The ledger: a path, read relative to the file's `cwd` as unified-engine resolves every path; a
   * `URL` (in a JavaScript config, `new URL('./ledger.yaml', import.meta.url)` is relative to the
   * config itself); a loaded `Ledger`; or ledger data of the file's shape.
   */
  ledger: string | URL | Ledger | LedgerFile;
  /** Publication date for relative dates when the file's front matter has none. */
  published?: string;
  /** Which verdicts become messages (default: conflict, rounded, ambiguous — what needs a look). */
  report?: Verdict[];
}

const DEFAULT_REPORT: Verdict[] = ['conflict', 'rounded', 'ambiguous'];
const DOCS = 'https://github.com/factledger/factledger/blob/main/docs/verdicts.md';

/**
 * Checks the figures of a Markdown file against a factledger ledger and reports each finding
 * as a vfile message on the figure's place, so remark-cli, unified-engine and any unified
 * pipeline show them like lint messages. It never prints and never exits.
 */
export default function remarkFactledger(options: Options) {
  if (!options || (typeof options.ledger !== 'string' && typeof options.ledger !== 'object')) {
    throw new TypeError('Unexpected `ledger` option, expected a ledger path or a loaded ledger');
  }
  const report = new Set(options.report ?? DEFAULT_REPORT);
  const given = options.ledger;
  let loaded: Promise<Ledger> | undefined;
  const ledgerFor = (file: VFile): Promise<Ledger> => {
    loaded ??=
      typeof given === 'string'
        ? loadLedger(resolve(file.cwd, given))
        : given instanceof URL
          ? loadLedger(fileURLToPath(given))
          : // A loaded Ledger carries its lookups; data of the file's shape is validated as a file would be.
            Promise.resolve(typeof (given as Ledger).fact === 'function' ? (given as Ledger) : ledgerFromData(given));
    return loaded;
  };

  return async (_tree: unknown, file: VFile): Promise<void> => {
    const ledger = await ledgerFor(file);
    // Our parser keeps the map from cleaned text to the file, so it reads the source itself;
    // the tree remark built is over the same source, and every place we report is in it.
    const doc = parseArticle(String(file.value), {
      id: file.path || 'input.md',
      format: 'markdown',
      ...(options.published ? { published: options.published } : {}),
    });
    const { published, outlet } = doc.metadata;
    const findings = reconcile(extractClaims(doc, { reading: 'figures' }), ledger, {
      articles: { [doc.id]: { ...(published ? { published } : {}), ...(outlet ? { outlet } : {}) } },
    });
    for (const finding of findings) {
      if (report.has(finding.verdict)) toMessage(file, finding);
    }
  };
}

function toMessage(file: VFile, finding: Finding): VFileMessage {
  const message = file.message(finding.message, {
    place: finding.claim.position,
    // The CLI's rule ids (`fact/conflict`, `conversion/conflict`, …), so one id names one check everywhere.
    ruleId: `${finding.rule}/${finding.verdict}`,
    source: 'factledger',
    ...(cause(finding, file.cwd) ? { cause: cause(finding, file.cwd) } : {}),
  });
  message.url = `${DOCS}#${finding.verdict}`;
  message.actual = finding.claim.text;
  const expected = expectedOf(finding);
  if (expected !== undefined) message.expected = [expected];
  // vfile has no severity field: `fatal: true` is an error, `false` a warning, `undefined` information.
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  return message;
}

/**
 * The related place, as remark-lint links a duplicate heading to the first one — but in another
 * file, so with no `place`: a reporter prints a cause's place bare, where it would read as a place
 * in the article. The other file and its line:column go in the text instead.
 */
function cause(finding: Finding, cwd: string): VFileMessage | undefined {
  const against = finding.against;
  if (against?.type === 'fact') {
    // As the user named it: relative to the file's cwd, where a path option was resolved from.
    const name = against.ledger.file;
    const where = at(name ? (isAbsolute(name) ? relative(cwd, name) : name) : 'ledger', against.ledger.position);
    const m = new VFileMessage(`Ledger fact \`${against.fact}\` (${where}): ${against.description}`, {
      source: 'factledger',
    });
    if (against.ledger.file) m.file = against.ledger.file;
    return m;
  }
  if (against?.type === 'claim') {
    const m = new VFileMessage(`\`${against.claim.text}\` in ${at(against.source.file, against.claim.position)}`, {
      source: 'factledger',
    });
    m.file = against.source.file;
    return m;
  }
  return undefined;
}

function expectedOf(finding: Finding): string | undefined {
  const against = finding.against;
  if (!against) return undefined;
  if (against.type === 'fact')
    return against.value === null ? undefined : `${against.value}${against.unit ? ` ${against.unit}` : ''}`;
  if (against.type === 'claim') return against.claim.text;
  if (against.type === 'rate') return `${against.converted} ${against.unit}`;
  return `${against.implied}${against.unit}`;
}

function at(file: string, position: Position | null): string {
  return position ? `${file}:${position.start.line}:${position.start.column}` : file;
}
