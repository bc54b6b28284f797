import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ErrorCode, FactledgerError } from '@factledger/core';
import { printable, printableJson } from '@factledger/core';
import { ANNOTATION_LIMIT } from '@factledger/report';
import { escapeData, escapeProperty } from '@factledger/report/github';
import { artifactLocation, baseUri, repoPath, SRCROOT } from '@factledger/report/paths';
import type { Log, ReportingDescriptor, Result } from 'sarif';

/** One problem `ledger validate` found, with the ledger it was found in as the user named it. */
export interface LedgerProblem {
  file: string;
  error: FactledgerError;
}

export const LEDGER_PROBLEM_FORMATS = ['text', 'github', 'sarif'] as const;

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

/** What each kind of problem means, for a SARIF rule; codes not listed share the last entry's wording. */
const RULES: Partial<Record<ErrorCode, { short: string; full: string }>> = {
  'invalid-ledger': {
    short: 'Invalid ledger',
    full: 'The ledger does not follow the ledger schema, or refers to an entity, fact or rate it does not define.',
  },
  'not-found': { short: 'Ledger not found', full: 'No ledger file is at the path given.' },
  'too-large': { short: 'Ledger too large', full: 'The ledger is larger than the most the command reads.' },
};
const UNREADABLE = { short: 'Ledger not read', full: 'The ledger file could not be read as text.' };

export const ruleIdOf = (error: FactledgerError): string => `ledger/${error.code}`;

/**
 * A ledger's problems as GitHub workflow commands, one `::error` on the ledger's line each (the
 * runner shows ten per step; past them a plain line says how many more there are and that stderr
 * lists all), so a pull request that breaks a ledger shows where. Messages are `printable`: a
 * ledger's text quoted in one must not issue commands of its own.
 */
export function githubAnnotations(problems: readonly LedgerProblem[], cwd: string): string {
  const lines = problems.slice(0, ANNOTATION_LIMIT).map(({ file, error }) => {
    const props: [string, string | number][] = [['file', repoPath(file, cwd).path]];
    const place = error.position;
    if (place) {
      props.push(['line', place.start.line], ['endLine', place.end.line]);
      // The runner ignores columns on an annotation that spans lines.
      if (place.start.line === place.end.line) {
        props.push(['col', place.start.column], ['endColumn', Math.max(place.start.column, place.end.column)]);
      }
    }
    props.push(['title', `${RULES[error.code]?.short ?? UNREADABLE.short} (${ruleIdOf(error)})`]);
    const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::error ${properties}::${escapeData(printable(reason(error)))}\n`;
  });
  const more = problems.length - lines.length;
  if (more > 0) {
    lines.push(
      `factledger: ${more} more ledger problem${more === 1 ? '' : 's'} not annotated (GitHub shows ${ANNOTATION_LIMIT} per step); all are listed on stderr.\n`,
    );
  }
  return lines.join('');
}

/**
 * A SARIF 2.1.0 log of a ledger's problems for code scanning: one result per problem, on the
 * ledger's line, under a rule per error code (`ledger/invalid-ledger`), the JSON pointer kept.
 */
export function sarifLog(problems: readonly LedgerProblem[], cwd: string): string {
  const ids = [...new Set(problems.map((p) => ruleIdOf(p.error)))].sort();
  const rules: ReportingDescriptor[] = ids.map((id) => {
    const code = id.slice('ledger/'.length) as ErrorCode;
    const d = RULES[code] ?? UNREADABLE;
    const help = 'Fix the value at the place shown; `factledger ledger validate` lists every problem at once.';
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: d.short },
      fullDescription: { text: d.full },
      help: { text: `${d.full} ${help}`, markdown: `**${d.short}** (\`${id}\`)\n\n${d.full}\n\n${help}` },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['factledger', 'ledger'] },
    };
  });
  const results: Result[] = problems.map(({ file, error }) => {
    const id = ruleIdOf(error);
    const location = artifactLocation(file, cwd);
    const pointer = (error as { pointer?: unknown }).pointer;
    const place = error.position;
    const hash = createHash('sha256')
      .update([location.uri, id, typeof pointer === 'string' ? pointer : '', error.message].join('\u0000'))
      .digest('hex')
      .slice(0, 16);
    return {
      ruleId: id,
      ruleIndex: ids.indexOf(id),
      level: 'error',
      message: { text: reason(error) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            ...(place
              ? {
                  region: {
                    startLine: place.start.line,
                    startColumn: Math.max(1, place.start.column),
                    endLine: place.end.line,
                    endColumn: Math.max(1, place.end.column),
                  },
                }
              : {}),
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: `${hash}:1` },
      ...(typeof pointer === 'string' ? { properties: { pointer } } : {}),
    };
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factledger',
            version,
            semanticVersion: version,
            informationUri: 'https://factledger.dev',
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: baseUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${printableJson(log)}\n`;
}

function reason(error: FactledgerError): string {
  return error.hint ? `${error.message} (${error.hint})` : error.message;
}
