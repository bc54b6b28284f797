import { createHash } from 'node:crypto';
import type { Position } from '@factledger/core';
import { printableJson } from '@factledger/core';
import type { Finding, FindingClaim, Severity } from '@factledger/reconcile';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import { counterpart, lineText, region } from './lines.js';
import { type ReportOptions, resolveOptions } from './options.js';
import { byFile } from './order.js';
import { artifactLocation, baseUri, SRCROOT } from './paths.js';
import { describeRule, ruleId } from './rules.js';
import { sarifSuppressions } from './suppressed.js';
import { INFORMATION_URI, TOOL_NAME, VERSION } from './version.js';

/** The schema GitHub's documentation names for uploads. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Whether a finding belongs in a report of problems (SARIF, annotations): a figure that matches its
 * fact is not one, and annotating every correct figure of an article would bury the real ones.
 */
export function isProblem(f: Finding): boolean {
  return f.verdict !== 'match';
}

/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: one run, one rule per `<check>/<verdict>`
 * that occurs, and per result a repo-relative region, the ledger fact or other article as a related
 * location, and a fingerprint that survives edits elsewhere in the file.
 */
export function formatSarif(findings: readonly Finding[], options?: ReportOptions): string {
  return `${printableJson(toSarif(findings, options))}\n`;
}

export function toSarif(findings: readonly Finding[], options?: ReportOptions): Log {
  const { cwd, articles } = resolveOptions(options);
  const problems = [...byFile(findings.filter(isProblem)).values()].flat();

  const ids = [...new Set(problems.map(ruleId))].sort();
  const rules: ReportingDescriptor[] = ids.map((id) => {
    const f = problems.find((p) => ruleId(p) === id) as Finding;
    const d = describeRule(f.rule, f.verdict);
    return {
      id: d.id,
      name: d.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: d.short },
      fullDescription: { text: d.full },
      help: { text: `${d.full} ${d.help}`, markdown: `**${d.short}** (\`${d.id}\`)\n\n${d.full}\n\n${d.help}` },
      defaultConfiguration: { level: LEVEL[d.severity] },
      properties: { tags: ['factledger', d.rule, d.verdict] },
    };
  });

  // GitHub's own fingerprints are `hash:n`, n counting identical hashes in a file, so two equal
  // findings on one line stay two alerts without depending on where the line is.
  const seen = new Map<string, number>();
  const results: Result[] = problems.map((f) => {
    const id = ruleId(f);
    const location = artifactLocation(f.claim.file, cwd);
    const line = lineText(articles[f.claim.file] ?? '', f.claim.position.start.line) ?? f.claim.sentence;
    const hash = createHash('sha256')
      .update([location.uri, line.replace(/\s+/g, ' ').trim(), id, f.claim.text, counterpart(f)].join('\u0000'))
      .digest('hex')
      .slice(0, 16);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    const related = relatedLocations(f, cwd);
    return {
      ruleId: id,
      ruleIndex: ids.indexOf(id),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: { ...region(f.claim.position), snippet: { text: f.claim.text } },
          },
        },
      ],
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      partialFingerprints: { primaryLocationLineHash: `${hash}:${n}` },
      ...sarifSuppressions(f),
      properties: {
        verdict: f.verdict,
        findingId: f.id,
        ...(f.fact ? { fact: f.fact } : {}),
        ...(f.gap !== undefined ? { gap: f.gap } : {}),
        ...(f.candidates ? { candidates: f.candidates } : {}),
      },
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: baseUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Where the finding's other side is: the ledger fact, the other article's figure, the converted figure, the pair. */
function relatedLocations(f: Finding, cwd: string): Location[] {
  const a = f.against;
  if (!a) return [];
  const out: Location[] = [];
  const add = (file: string | null, position: Position | null, text: string) => {
    if (!file || !position) return;
    out.push({
      id: out.length + 1,
      physicalLocation: { artifactLocation: artifactLocation(file, cwd), region: region(position) },
      message: { text },
    });
  };
  const claim = (c: FindingClaim, what: string) => add(c.file, c.position, `${what}: "${c.text}"`);
  switch (a.type) {
    case 'fact':
      add(a.ledger.file, a.ledger.position, `Ledger fact ${a.fact}: ${a.description}`);
      break;
    case 'claim':
      claim(a.claim, `The same fact in ${a.source.outlet ?? a.claim.file}`);
      break;
    case 'rate':
      claim(a.claim, 'The converted figure');
      break;
    case 'arithmetic':
      claim(a.from, 'The figure the change starts from');
      claim(a.to, 'The figure the change ends at');
      break;
  }
  return out;
}
