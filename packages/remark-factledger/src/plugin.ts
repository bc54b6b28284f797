import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactledgerError, isFactledgerError, printable } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { asLedger, type Ledger, type LedgerFile, loadLedger } from '@factledger/ledger';
import { documentFromMdast, recordReferences } from '@factledger/parse';
import { reconcile, type Verdict } from '@factledger/reconcile';
import { findingMessage } from '@factledger/report';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

export interface Options {
  /**
   * The ledger: a path, read relative to the file's `cwd` (the folder remark runs in) as
   * remark-validate-links reads its `root` — unified-engine does not tell a plugin where its
   * configuration was; a `URL` (in a `.remarkrc.mjs`, `new URL('./ledger.yaml', import.meta.url)` is
   * relative to the config itself); a loaded `Ledger`; or ledger data of the file's shape.
   */
  ledger: string | URL | Ledger | LedgerFile;
  /** Publication date for relative dates when the file's front matter has none. */
  published?: string;
  /** Which verdicts become messages (default: conflict, rounded, ambiguous — what needs a look). */
  report?: Verdict[];
}

const DEFAULT_REPORT: Verdict[] = ['conflict', 'rounded', 'ambiguous'];

/**
 * Checks the figures of a Markdown file against a factledger ledger and reports each finding
 * as a vfile message on the figure's place, so remark-cli, unified-engine and any unified
 * pipeline show them like lint messages. It reads the tree it is given, so plugins before it that
 * change the tree are honoured. It never prints and never exits.
 */
export default function remarkFactledger(this: Processor, options: Options) {
  if (!options || (typeof options.ledger !== 'string' && typeof options.ledger !== 'object')) {
    throw new TypeError('Unexpected `ledger` option, expected a ledger path or a loaded ledger');
  }
  // Character references (`&#36;`) keep their exact place only if the parser records where they were.
  recordReferences.call(this);
  const report = new Set(options.report ?? DEFAULT_REPORT);
  const given = options.ledger;
  let loaded: Promise<Ledger> | undefined;
  const ledgerFor = (file: VFile): Promise<Ledger> => {
    loaded ??=
      typeof given === 'string'
        ? loadLedger(resolve(file.cwd, given)).catch((error: unknown) => {
            throw notFoundFrom(error, file.cwd);
          })
        : given instanceof URL
          ? loadLedger(fileURLToPath(given))
          : Promise.resolve(asLedger(given));
    return loaded;
  };

  return async (tree: Root, file: VFile): Promise<void> => {
    const id = file.path || 'input.md';
    try {
      const ledger = await ledgerFor(file);
      const doc = documentFromMdast(tree, file.value, {
        id,
        ...(options.published ? { published: options.published } : {}),
      });
      const { published, outlet } = doc.metadata;
      const findings = reconcile(extractClaims(doc, { reading: 'figures' }), ledger, {
        articles: { [doc.id]: { ...(published ? { published } : {}), ...(outlet ? { outlet } : {}) } },
      });
      for (const finding of findings) {
        if (report.has(finding.verdict)) findingMessage(file, finding);
      }
    } catch (error) {
      if (!isFactledgerError(error)) throw error;
      // A file with no prose (only code, or only front matter) has no figures to check.
      if (error.code === 'empty') return;
      notChecked(file, id, error);
    }
  };
}

/**
 * A ledger or front matter that cannot be read is a fatal message on the file, as remark-lint
 * reports what it cannot lint: one line with where and how to fix it, not a stack trace. A place is
 * given only when it is in this file; the ledger's own line:column stays in the text.
 */
function notChecked(file: VFile, id: string, error: FactledgerError): void {
  const { errors } = error as { errors?: unknown };
  const problems = Array.isArray(errors) && errors.length > 0 ? (errors as FactledgerError[]) : [error];
  for (const problem of problems) {
    const here = problem.file === undefined || problem.file === id;
    const hint = problem.hint ? ` (${problem.hint})` : '';
    // Elsewhere is the ledger, named as a finding's cause names it: relative to the folder remark runs in.
    const reason = here
      ? `${problem.message}${hint}`
      : new FactledgerError(problem.code, problem.message, {
          file: isAbsolute(problem.file as string) ? relative(file.cwd, problem.file as string) : problem.file,
          position: problem.position,
          hint: problem.hint,
        }).format();
    const message = file.message(printable(reason), {
      ...(here && problem.position ? { place: problem.position } : {}),
      ruleId: problem.code,
      source: 'factledger',
    });
    message.fatal = true;
  }
}

/** A relative ledger path that names no file: say which folder it was read from, and what else works. */
function notFoundFrom(error: unknown, cwd: string): unknown {
  if (!isFactledgerError(error) || error.code !== 'not-found') return error;
  return new FactledgerError('not-found', error.message, {
    file: error.file,
    hint: `a relative \`ledger\` is read from the folder remark runs in, ${cwd}: run remark from the folder the path is relative to, give an absolute path, or in a .remarkrc.mjs give new URL('./ledger.yaml', import.meta.url)`,
  });
}
