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

export interface Command {
  name: string;
  summary: string;
  /** `factledger NAME <usage>` */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Extra paragraphs for `--help`. */
  details?: string;
  run(context: Context, parsed: Parsed): Promise<number>;
}
