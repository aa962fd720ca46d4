// Marks findings as new or accepted: by a baseline entry (same fingerprint) or by an `accept:`
// entry of datamin.yaml (rule, dataset and field globs). An expired acceptance accepts nothing:
// its finding is new again and says which acceptance expired, so exceptions cannot rot silently.
import type { Finding, FindingAcceptance, ResolvedFinding } from '../model/result.js';
import { globMatch } from '../util/glob-match.js';
import type { Baseline } from './baseline-file.js';

/** One `accept:` entry of datamin.yaml (config's AcceptEntry has this shape). */
export interface AcceptanceRule {
  /** Rule id or glob (`minimization-*`). */
  rule: string;
  /** Dataset name or glob; absent matches every dataset, and findings without one. */
  dataset?: string;
  /** Field name or glob (`shipping.*`); absent matches every field, and findings without one. */
  field?: string;
  reason: string;
  owner?: string;
  /** Last day the acceptance holds (YYYY-MM-DD). */
  expires?: string;
  file?: string;
  line?: number;
}

export interface ApplyBaselineOptions {
  /** The baseline file (`--baseline`). */
  baseline?: Baseline;
  /** `accept:` entries of datamin.yaml. */
  acceptances?: readonly AcceptanceRule[];
  /** The scan day (ISO 8601 date) that expiry dates are compared with. */
  today: string;
}

export interface BaselineOutcome {
  findings: Finding[];
  /** Baseline entries whose finding no longer occurs; undefined without a baseline. */
  resolved?: ResolvedFinding[];
  /** `accept:` entries that matched no finding (live or expired), in file order. */
  unusedAcceptances: AcceptanceRule[];
}

function matches(pattern: string | undefined, subject: string | undefined, separator: '/' | '.'): boolean {
  if (pattern === undefined) return true;
  if (subject === undefined) return pattern === '*' || pattern === '**';
  return globMatch(pattern, subject, separator);
}

/** Whether an `accept:` entry covers a finding (expired or not). */
export function acceptanceMatches(rule: AcceptanceRule, finding: Finding): boolean {
  return matches(rule.rule, finding.ruleId, '/') && matches(rule.dataset, finding.dataset, '/') && matches(rule.field, finding.field, '.');
}

/** An acceptance has expired once the scan day is after its last day. */
export function isExpired(rule: AcceptanceRule, today: string): boolean {
  return rule.expires !== undefined && rule.expires < today;
}

function describeAcceptance(rule: AcceptanceRule, expired: boolean): FindingAcceptance {
  return {
    by: 'config',
    reason: rule.reason,
    ...(rule.owner === undefined ? {} : { owner: rule.owner }),
    ...(rule.expires === undefined ? {} : { expires: rule.expires }),
    ...(expired ? { expired: true } : {}),
    ...(rule.file === undefined ? {} : { file: rule.file }),
    ...(rule.line === undefined ? {} : { line: rule.line }),
  };
}

/** The message suffix that names an expired acceptance in every report format. */
export function expiredSuffix(rule: Pick<AcceptanceRule, 'expires' | 'reason' | 'owner'>): string {
  const owner = rule.owner === undefined ? '' : `, owner ${rule.owner}`;
  return ` (acceptance expired on ${rule.expires ?? '?'}: ${rule.reason}${owner})`;
}

/**
 * Marks every finding `accepted` or `new`. A live `accept:` entry wins; an expired one makes the
 * finding new even when the baseline lists it (the entry is the more specific, reviewed
 * decision, and it ran out). Otherwise a baseline entry with the same fingerprint accepts it.
 */
export function applyBaseline(findings: readonly Finding[], options: ApplyBaselineOptions): BaselineOutcome {
  const entries = new Map((options.baseline?.findings ?? []).map((e) => [e.fingerprint, e]));
  const seen = new Set<string>();
  const used = new Set<AcceptanceRule>();
  const marked = findings.map((finding): Finding => {
    seen.add(finding.fingerprint);
    const matching = (options.acceptances ?? []).filter((rule) => acceptanceMatches(rule, finding));
    for (const rule of matching) used.add(rule);
    const live = matching.find((rule) => !isExpired(rule, options.today));
    if (live) return { ...finding, baseline: 'accepted', acceptance: describeAcceptance(live, false) };
    const expired = matching[0];
    if (expired) {
      return { ...finding, baseline: 'new', message: finding.message + expiredSuffix(expired), acceptance: describeAcceptance(expired, true) };
    }
    const entry = entries.get(finding.fingerprint);
    if (entry) return { ...finding, baseline: 'accepted', acceptance: { by: 'baseline', since: entry.accepted } };
    return { ...finding, baseline: 'new' };
  });
  // An exception that accepts nothing has rotted: its finding was fixed, or it never matched.
  const unusedAcceptances = (options.acceptances ?? []).filter((rule) => !used.has(rule));
  if (!options.baseline) return { findings: marked, unusedAcceptances };
  const resolved = options.baseline.findings
    .filter((e) => !seen.has(e.fingerprint))
    .map((e): ResolvedFinding => ({
      ruleId: e.rule,
      severity: e.severity,
      fingerprint: e.fingerprint,
      ...(e.dataset === undefined ? {} : { dataset: e.dataset }),
      ...(e.field === undefined ? {} : { field: e.field }),
      since: e.accepted,
    }));
  return { findings: marked, resolved, unusedAcceptances };
}
