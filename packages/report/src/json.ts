import type { Finding } from '@factledger/reconcile';

/** `{ "findings": [...] }`: findings are JSON-serialisable as reconcile makes them; an object leaves room to grow. */
export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify({ findings }, null, 2)}\n`;
}
