export { formatFindings } from './format.js';
export { ANNOTATION_LIMIT, formatGithub } from './github.js';
export { formatJson } from './json.js';
export type { ReportFormat, ReportOptions } from './options.js';
export { FORMATS } from './options.js';
export type { RuleDescriptor } from './rules.js';
export { describeRule, ruleId } from './rules.js';
export { formatSarif, isProblem } from './sarif.js';
export { formatText } from './text.js';
