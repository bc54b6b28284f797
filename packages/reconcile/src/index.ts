export type {
  Against,
  ArithmeticAgainst,
  ArticleSource,
  ClaimAgainst,
  FactAgainst,
  Finding,
  FindingClaim,
  MatchReason,
  RateAgainst,
  RateUsed,
  Rule,
  Severity,
  Verdict,
} from './finding.js';
export { formatValue } from './message.js';
export type { ArticleInfo, ReconcileOptions } from './reconcile.js';
export { Reconciler, reconcile } from './reconcile.js';
export type { ReviewedFinding, StaleDirective, StaleSuppression, Suppression, SuppressResult } from './suppress.js';
export { isSuppressed, SuppressionRun, suppressFindings } from './suppress.js';
