import type { Command } from '../command.js';
import { checkCommand } from './check.js';

/** `reconcile` was the CI command before `check` read configurations: kept so existing jobs keep working. */
export const reconcileCommand: Command = {
  ...checkCommand,
  name: 'reconcile',
  summary: 'Another name for check, kept for existing CI jobs',
};
