import { createHash } from 'node:crypto';
import type { Position } from '@factledger/core';
import { printableJson } from '@factledger/core';
import type { Finding, FindingClaim, Severity } from '@factledger/reconcile';
import type { Location, ReportingDescriptor, Result } from 'sarif';
import { drive } from './drive.js';
import { arrayWriter } from './json.js';
import { counterpart, lineText, region } from './lines.js';
import { type ReportOptions, resolveOptions } from './options.js';
import { byFile, inPlace } from './order.js';
import { artifactLocation, baseUri, SRCROOT } from './paths.js';
import type { Reporter } from './reporter.js';
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
  return drive(sarifReporter(options), findings, options);
}

/**
 * The SARIF log article by article: results are written as they come, and the rules that occurred
 * after them (a JSON object's members are unordered), numbered in the order they first occur so
 * each result's `ruleIndex` is known when it is written.
 */
export function sarifReporter(options?: ReportOptions): Reporter {
  const { cwd } = resolveOptions(options);
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results = arrayWriter(3);
  const indent = (value: unknown, depth: number) => printableJson(value).replace(/\n/g, `\n${'  '.repeat(depth)}`);
  const resultsOf = (list: readonly Finding[], source: string | undefined): string[] => {
    // GitHub's own fingerprints are `hash:n`, n counting identical hashes in a file, so two equal
    // findings on one line stay two alerts without depending on where the line is.
    const seen = new Map<string, number>();
    return list
      .filter(isProblem)
      .sort(inPlace)
      .map((f) => results.item(toResult(f, source, seen)));
  };
  const toResult = (f: Finding, source: string | undefined, seen: Map<string, number>): Result => {
    const id = ruleId(f);
    if (!ruleIndex.has(id)) ruleIndex.set(id, rules.push(descriptor(f)) - 1);
    const location = artifactLocation(f.claim.file, cwd);
    const line = lineText(source ?? '', f.claim.position.start.line) ?? f.claim.sentence;
    const hash = createHash('sha256')
      .update([location.uri, line.replace(/\s+/g, ' ').trim(), id, f.claim.text, counterpart(f)].join('\u0000'))
      .digest('hex')
      .slice(0, 16);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    const related = relatedLocations(f, cwd);
    return {
      ruleId: id,
      ruleIndex: ruleIndex.get(id) as number,
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
  };
  return {
    needsSource: true,
    start: () => [
      `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n`,
      `      "originalUriBaseIds": ${indent({ [SRCROOT]: { uri: baseUri(cwd) } }, 3)},\n`,
      '      "columnKind": "utf16CodeUnits",\n      "results": ',
    ],
    article: (_file, findings, source) => resultsOf(findings, source),
    unread: () => [],
    end(late, sourceOf) {
      const out: string[] = [];
      for (const [file, list] of byFile(late)) for (const piece of resultsOf(list, sourceOf?.(file))) out.push(piece);
      const tool = {
        driver: {
          name: TOOL_NAME,
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: INFORMATION_URI,
          rules,
        },
      };
      out.push(`${results.close()},\n      "tool": ${indent(tool, 3)}\n    }\n  ]\n}\n`);
      return out;
    },
  };
}

function descriptor(f: Finding): ReportingDescriptor {
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
