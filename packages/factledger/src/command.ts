import type { Context } from './context.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in `--help` after the flag. */
  arg?: string;
  description: string;
  /** Allowed values of a string option, checked before the command runs. */
  choices?: readonly string[];
  multiple?: boolean;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

interface CommandInfo {
  name: string;
  summary: string;
  /** `factledger NAME <usage>` (`factledger GROUP NAME <usage>` for a sub-command) */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Extra paragraphs for `--help`. */
  details?: string;
}

/** A command that does the work itself. */
export interface LeafCommand extends CommandInfo {
  subcommands?: undefined;
  run(context: Context, parsed: Parsed): Promise<number>;
}

/**
 * A command whose first argument picks one of its sub-commands (`factledger ledger add …`). The CLI
 * frame does the picking, the help (`ledger --help` lists them, `ledger add --help` is add's own)
 * and the usage errors; each sub-command parses only its own options.
 */
export interface CommandGroup extends CommandInfo {
  subcommands: Command[];
  run?: undefined;
}

export type Command = LeafCommand | CommandGroup;
