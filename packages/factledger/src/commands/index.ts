import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { ledgerCommand } from './ledger.js';
import { parseCommand } from './parse.js';
import { reconcileCommand } from './reconcile.js';

/** Every command the CLI lists; a command is here only once it works. */
export const commands: Command[] = [checkCommand, reconcileCommand, extractCommand, ledgerCommand, parseCommand];
