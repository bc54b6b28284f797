import type { Command } from '../command.js';
import { ledgerCommand } from './ledger.js';
import { parseCommand } from './parse.js';

/** Every command the CLI lists; a command is here only once it works. */
export const commands: Command[] = [ledgerCommand, parseCommand];
