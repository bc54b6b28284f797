import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import schema from '../schema.json' with { type: 'json' };
import { parsePeriod } from './period.js';

/** The schema's `$id`: what a ledger's `$schema` names, and where the schema is published. */
export const SCHEMA_ID = 'https://factledger.dev/schema/ledger/v1.json';

export const ledgerSchema: typeof schema = schema;

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

// Compiled once, when the module loads: ajv generates code per schema, so compiling per call would be slow.
// `verbose` gives each error its data and parent schema, which the messages need; `allErrors` reports
// every problem at once — safe only because the input size is capped before validation.
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false });
addFormats(ajv, ['date', 'uri']);
ajv.addFormat('period', { type: 'string', validate: (text: string) => parsePeriod(text) !== undefined });
ajv.addFormat('calendar', {
  type: 'string',
  validate: (text: string) => !text.includes('/') && parsePeriod(text) !== undefined,
});

const validate = ajv.compile(schema);

/** Validates parsed ledger data against the schema; `[]` when valid. */
export function schemaErrors(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
