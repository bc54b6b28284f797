import type { Readable, Writable } from 'node:stream';

/** Everything a command touches outside itself, so tests can pass strings in and read strings out. */
export interface Context {
  /** Where `-` reads an article from. */
  stdin?: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
