import { FactledgerError } from '@factledger/core';
import { SHOWABLE, type Showable } from '@factledger/report';
import type { OptionSpec } from './command.js';

/** The words `--show` takes, each naming the verdicts it lists. */
const WORDS: Record<string, readonly Showable[]> = {
  matches: ['match'],
  unmatched: ['unmatched'],
  all: SHOWABLE,
};

export const showSpecs: Record<string, OptionSpec> = {
  show: {
    type: 'string',
    arg: '<list>',
    description: `also list these figures in the text report, comma-separated: ${Object.keys(WORDS).join(', ')} (default: errors and warnings only; the rest are counted)`,
  },
  verbose: { type: 'boolean', description: 'list every figure in the text report (--show all)' },
};

/**
 * `--show matches,unmatched` → the verdicts the text report lists besides errors and warnings;
 * `--verbose` is `--show all`. A word it does not know is a usage error that names it.
 */
export function parseShow(show: unknown, verbose: unknown): Showable[] {
  const out = new Set<Showable>(verbose ? SHOWABLE : []);
  if (typeof show !== 'string') return [...out];
  for (const raw of show.split(',')) {
    const word = raw.trim();
    const verdicts = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
    if (!verdicts) {
      throw new FactledgerError(
        'invalid-option',
        `Unexpected \`${word}\` in \`--show ${show}\`, expected ${Object.keys(WORDS)
          .map((w) => `\`${w}\``)
          .join(', ')}`,
        { hint: 'e.g. --show matches,unmatched, or --verbose to list every figure' },
      );
    }
    for (const v of verdicts) out.add(v);
  }
  return [...out];
}
