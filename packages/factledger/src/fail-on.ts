/** The severities that fail a run at `--fail-on` (`failOn` in the configuration). */
export const failingSeverities = (failOn: unknown): string[] =>
  failOn === 'none' ? [] : failOn === 'warning' ? ['error', 'warning'] : ['error'];
