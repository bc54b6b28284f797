import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parsePeriod } from './period.js';

/** The schema's `$id`: what a ledger's `$schema` names, and where the schema is published. */
export const SCHEMA_ID = 'https://factledger.dev/schema/ledger/v1.json';

/** A JSON Schema document, as much of its shape as code reads. */
export interface JsonSchema {
  $id: string;
  $schema: string;
  $defs: Record<string, Record<string, unknown>>;
  [keyword: string]: unknown;
}

// Read at run time, not imported: the file sits beside `src/` and `dist/` alike (so one path serves
// the tests and the published package), and a JSON import would put the whole schema's literal type
// into the published declarations, which a consumer's `tsc` then has to resolve.
export const ledgerSchema: JsonSchema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'));

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

// Compiled once, on the first ledger validated: ajv generates code per schema, so compiling per call
// would be slow, and compiling on import would charge every command that loads this package (even
// `--help`) for a validator it may never use.
// `verbose` gives each error its data and parent schema, which the messages need; `allErrors` reports
// every problem at once — safe only because the input size is capped before validation.
let validate: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (validate) return validate;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false });
  addFormats(ajv, ['date', 'uri']);
  ajv.addFormat('period', { type: 'string', validate: (text: string) => parsePeriod(text) !== undefined });
  ajv.addFormat('calendar', {
    type: 'string',
    validate: (text: string) => !text.includes('/') && parsePeriod(text) !== undefined,
  });
  validate = ajv.compile(ledgerSchema);
  return validate;
}

/** Validates parsed ledger data against the schema; `[]` when valid. */
export function schemaErrors(data: unknown): ErrorObject[] {
  const check = validator();
  return check(data) ? [] : [...(check.errors ?? [])];
}
