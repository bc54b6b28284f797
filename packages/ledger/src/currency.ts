// Node's ICU knows the ISO 4217 list, so the ledger needs no copy of it that would go stale.
const codes = new Set<string>(Intl.supportedValuesOf('currency'));

export function isIsoCurrency(code: string): boolean {
  return codes.has(code);
}
