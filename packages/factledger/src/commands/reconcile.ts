import { checkCommandNamed } from './check.js';

/** `reconcile` was the CI command before `check` read configurations: kept so existing jobs keep working. */
export const reconcileCommand = checkCommandNamed('reconcile', 'Another name for check, kept for existing CI jobs');
