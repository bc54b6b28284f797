import { FactledgerError } from '@factledger/core';
import type { OptionSpec, Parsed } from './command.js';
import type { ArticleOptions } from './extract-article.js';
import { parseSize } from './size-option.js';

/** Options every command that reads articles takes. */
export const articleOptionSpecs: Record<string, OptionSpec> = {
  published: {
    type: 'string',
    arg: '<YYYY[-MM[-DD]]>',
    description: 'publication date, for relative dates ("last year"); overrides what the article says',
  },
  currency: {
    type: 'string',
    arg: '<ISO>',
    description:
      'currency a bare "$" means when the article does not say (text, then its `currency` metadata), e.g. AUD (default USD)',
  },
  'max-size': {
    type: 'string',
    arg: '<size>',
    description: 'largest article read, e.g. 20MB (default 10MB)',
  },
};

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

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
  const currency = values.currency;
  if (typeof currency === 'string') {
    if (!/^[A-Za-z]{3}$/.test(currency.trim())) {
      throw new FactledgerError('invalid-option', `Unexpected \`--currency ${currency}\`, expected an ISO 4217 code`, {
        hint: 'write the three-letter code of the currency, e.g. --currency AUD or --currency CAD',
      });
    }
    options.currency = currency.trim().toUpperCase();
  }
  const maxBytes = parseSize(values['max-size'], 'max-size');
  if (maxBytes !== undefined) options.maxBytes = maxBytes;
  return options;
}
