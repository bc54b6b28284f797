import type { Finding, Rule, Severity, Verdict } from '@factledger/reconcile';

/**
 * What a report calls a kind of finding: `<check>/<verdict>`, e.g. `fact/conflict` or
 * `cross-article/rounded`. One id per pair, because code scanning groups and dismisses results by
 * rule, and a conversion that disagrees with a rate needs different advice from a figure that
 * disagrees with the ledger.
 */
export function ruleId(finding: Pick<Finding, 'rule' | 'verdict'>): string {
  return `${finding.rule}/${finding.verdict}`;
}

export interface RuleDescriptor {
  id: string;
  rule: Rule;
  verdict: Verdict;
  /** A few words, for annotation titles, the HTML legend and `shortDescription`. */
  short: string;
  /** One or two sentences, for `fullDescription`. */
  full: string;
  /** What to do about it, in Markdown. */
  help: string;
  /** The severity reconcile gives this verdict. */
  severity: Severity;
}

const CHECK: Record<Rule, { subject: string; object: string; what: string; against: string; fix: string }> = {
  fact: {
    subject: 'Figure',
    object: 'the ledger',
    what: 'A figure in an article',
    against: 'the ledger fact it was matched to',
    fix: "Correct the article, or the ledger fact if the ledger is wrong. If the figure was matched to the wrong fact, make the fact's recognition terms more specific.",
  },
  conversion: {
    subject: 'Conversion',
    object: 'the ledger rate',
    what: 'A currency conversion stated in an article',
    against: "the exchange rate the ledger holds for the claim's date",
    fix: 'Check the conversion against the rate of the date the article refers to, or add the rate the article used to the ledger.',
  },
  arithmetic: {
    subject: 'Stated change',
    object: 'its figures',
    what: 'A change stated in an article',
    against: 'the change implied by the pair of figures it is computed from',
    fix: 'Recompute the stated change from the two figures, or correct whichever figure is wrong.',
  },
  'cross-article': {
    subject: 'Figure',
    object: 'another article',
    what: 'A figure in one article',
    against: "another article's figure for the same fact",
    fix: 'Find out which article is right and record the value with its source in the ledger; the ledger then settles every article.',
  },
};

const VERDICT: Record<Verdict, { verb: string; short: string; full: string; help: string; severity: Severity }> = {
  conflict: {
    verb: 'conflicts with',
    short: 'disagrees with',
    full: 'No reading of the figure at its stated precision and hedge contains the value it is compared with.',
    help: '',
    severity: 'error',
  },
  rounded: {
    verb: 'agrees only roughly with',
    short: 'agrees only as a rounding or hedge with',
    full: 'The figure is consistent with the value it is compared with only as a rounding or within its hedge ("about", "nearly"); the report gives the exact value and the relative gap.',
    help: 'Consider stating the exact value, or check that the rounding is intended.',
    severity: 'warning',
  },
  ambiguous: {
    verb: 'matches several ledger facts',
    short: 'could be about more than one of',
    full: 'More than one ledger fact fits the figure equally well, so it was compared with none of them.',
    help: "Make the ledger facts' recognition terms, entities or periods distinct, so each figure matches one fact.",
    severity: 'warning',
  },
  unmatched: {
    verb: 'matches no ledger fact',
    short: 'matches none of',
    full: 'The figure matches no fact in the ledger, so nothing checks it.',
    help: 'If the figure matters, add a fact for it to the ledger (`factledger ledger suggest` proposes facts).',
    severity: 'info',
  },
  match: {
    verb: 'agrees with',
    short: 'agrees with',
    full: 'The figure states the value it is compared with at its stated precision.',
    help: 'Nothing to do.',
    severity: 'info',
  },
};

/** The description of one `<check>/<verdict>` pair, for SARIF rules, annotation titles and the HTML legend. */
export function describeRule(rule: Rule, verdict: Verdict): RuleDescriptor {
  const c = CHECK[rule];
  const v = VERDICT[verdict];
  const noObject = verdict === 'ambiguous' || verdict === 'unmatched';
  const sentence = noObject ? `${c.what} ${v.short} the ledger facts` : `${c.what} ${v.short} ${c.against}`;
  return {
    id: ruleId({ rule, verdict }),
    rule,
    verdict,
    short: noObject ? `${c.subject} ${v.verb}` : `${c.subject} ${v.verb} ${c.object}`,
    full: `${sentence}. ${v.full}`,
    help: verdict === 'conflict' || verdict === 'rounded' ? `${v.help} ${c.fix}`.trim() : v.help,
    severity: v.severity,
  };
}
