import { FactledgerError } from '@factledger/core';
import type { OptionSpec, Parsed } from './command.js';
import type { ArticleOptions } from './extract-article.js';

/** Options every command that reads articles takes. */
export const articleOptionSpecs: Record<string, OptionSpec> = {
  published: {
    type: 'string',
    arg: '<YYYY[-MM[-DD]]>',
    description: 'publication date, for relative dates ("last year"); overrides what the article says',
  },
  'max-size': {
    type: 'string',
    arg: '<size>',
    description: 'largest article read, e.g. 20MB (default 10MB)',
  },
};

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

export function articleOptions(values: Parsed['values']): ArticleOptions {
  const options: ArticleOptions = {};
  const published = values.published;
  if (typeof published === 'string') {
    if (!DATE.test(published)) {
      throw new FactledgerError('invalid-option', `Unexpected \`--published ${published}\`, expected a date`, {
        hint: 'write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-09 or 2020-01-24',
      });
    }
    options.published = published;
  }
  const size = values['max-size'];
  if (typeof size === 'string') {
    const m = SIZE.exec(size.trim());
    if (!m) {
      throw new FactledgerError('invalid-option', `Unexpected \`--max-size ${size}\`, expected a size`, {
        hint: 'write a number of bytes or one with a unit, e.g. 50MB',
      });
    }
    options.maxBytes = Math.round(Number(m[1]) * (UNIT[(m[2] ?? 'b').toLowerCase()] ?? 1));
  }
  return options;
}
