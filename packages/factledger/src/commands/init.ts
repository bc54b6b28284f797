import { access } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { FactledgerError } from '@factledger/core';
import type { Command } from '../command.js';
import { EXIT_CLEAN } from '../context.js';
import { createFile } from '../create-file.js';

/** A file `init` writes: where, which schema its modeline names, and what it says. */
interface Starter {
  file: string;
  /** The schema inside the project's `node_modules`, where `npm i -D factledger` puts it. */
  schema: string;
  body: string;
}

const LEDGER_FILE = 'ledgers/facts.ledger.yaml';

const STARTERS: Starter[] = [
  {
    file: 'factledger.config.yaml',
    schema: 'node_modules/factledger/config.schema.json',
    body: `# Which articles factledger checks, against which ledgers. Paths are relative to this file.
articles: ["articles/**/*.md", "articles/**/*.html", "articles/**/*.txt"]
ledgers: [${LEDGER_FILE}]
# Articles not to check, as globs.
ignores: []
# Exit 1 on errors; "warning" fails on roundings too, "none" only reports.
failOn: error
# Findings someone has looked at and accepted: the id from the JSON report, and why.
reviewed: []
`,
  },
  {
    file: LEDGER_FILE,
    schema: 'node_modules/@factledger/ledger/schema.json',
    body: `# The facts articles are checked against. Replace the example with your own: an editor with
# yaml-language-server (VS Code's YAML extension) completes and checks every key.
topic: Replace with what this ledger is about
entities:
  - id: council
    name: Example town council
    aliases: [the council]
facts:
  - id: example-budget
    description: An example fact, to replace
    kind: money
    value: { amount: 2.5e+6, currency: USD, per: year }
    period: '2025'
    match: { entities: [council], terms: [budget] }
    sources: [{ outlet: Example Gazette }]
`,
  },
];

export const initCommand: Command = {
  name: 'init',
  summary: 'Start a project: write a config and a starter ledger, each naming its schema for editors',
  usage: '[options]',
  options: {
    force: { type: 'boolean', description: 'overwrite files that already exist' },
  },
  details: [
    `Writes ${STARTERS.map((s) => s.file).join(' and ')} in the working folder. Each starts with a`,
    '`# yaml-language-server: $schema=` line naming the schema in node_modules, so an editor completes and',
    'checks it offline once factledger is installed there (npm i -D factledger).',
    'If one of them is already there, init stops and writes nothing, unless --force is given.',
  ].join('\n'),
  async run(context, { values, positionals }) {
    if (positionals.length > 0) {
      throw new FactledgerError('invalid-option', `Unexpected argument \`${positionals[0]}\``, {
        hint: 'init writes in the working folder: cd there and run `factledger init`',
      });
    }
    const force = values.force === true;
    if (!force) {
      for (const starter of STARTERS) {
        if (await exists(join(context.cwd, starter.file))) throw alreadyThere(starter.file);
      }
    }
    for (const starter of STARTERS) {
      const path = join(context.cwd, starter.file);
      await createFile(path, withModeline(starter), force).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') throw alreadyThere(starter.file);
        throw new FactledgerError('invalid-option', `Cannot write the file (${error.code ?? 'error'})`, {
          file: starter.file,
          hint: 'run init in a folder you can write',
          cause: error,
        });
      });
      context.stdout.write(`wrote ${starter.file}\n`);
    }
    const missing: string[] = [];
    for (const starter of STARTERS) {
      if (!(await exists(join(context.cwd, starter.schema)))) missing.push(starter.schema);
    }
    if (missing.length > 0) {
      context.stderr.write(
        `factledger init: note: ${missing.join(' and ')} not found here; editors find the schemas once factledger is installed in this folder (npm i -D factledger)\n`,
      );
    }
    return EXIT_CLEAN;
  },
};

/** The file's text, first line naming its schema by a path relative to the file, as editors read it. */
function withModeline(starter: Starter): string {
  const path = relative(dirname(starter.file), starter.schema).split(sep).join('/');
  return `# yaml-language-server: $schema=${path.startsWith('.') ? path : `./${path}`}\n${starter.body}`;
}

function alreadyThere(file: string): FactledgerError {
  return new FactledgerError('invalid-option', 'The file already exists; init writes nothing over it', {
    file,
    hint: 'keep it, move it away, or pass --force to overwrite it',
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
