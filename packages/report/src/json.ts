import type { Finding } from '@factledger/reconcile';
import { printableJson } from './printable.js';

/**
 * `{ "findings": [...] }`: findings are JSON-serialisable as reconcile makes them; an object leaves
 * room to grow. Printable JSON, as it may go to a terminal or a CI log: the same data either way.
 */
export function formatJson(findings: readonly Finding[]): string {
  return `${printableJson({ findings })}\n`;
}
