import type { Command } from '../command.js';

/** A command as `--help` lists it; its module (and the packages it needs) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

// Each command's code pulls in the parser, the extractor, the reports: loading them all to print
// `--help` or to run one command is most of the start-up a CI run pays (see `pnpm bench`). A test
// keeps each entry's name and summary equal to its command's.
/** Every command the CLI lists; a command is here only once it works. */
export const commands: CommandEntry[] = [
  {
    name: 'check',
    summary: 'Check every figure in articles against the ledgers: match, rounded, conflict, ambiguous or unmatched',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'reconcile',
    summary: 'Another name for check, kept for existing CI jobs',
    load: async () => (await import('./reconcile.js')).reconcileCommand,
  },
  {
    name: 'extract',
    summary: 'List every figure in articles: money, percentages, counts, multipliers, dates, with their places',
    load: async () => (await import('./extract.js')).extractCommand,
  },
  {
    name: 'ledger',
    summary: 'Validate a ledger of facts, add a fact to it, or suggest facts from articles',
    load: async () => (await import('./ledger.js')).ledgerCommand,
  },
  {
    name: 'init',
    summary: 'Start a project: write a config and a starter ledger, each naming its schema for editors',
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'parse',
    summary: 'Show how articles are read: metadata, blocks, repairs, cleaned text and the map to the file',
    load: async () => (await import('./parse.js')).parseCommand,
  },
];
