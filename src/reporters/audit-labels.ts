// Human wording for the ids the purpose map and the baseline use, shared by every report: legal
// bases with their GDPR article, Art. 9(2) conditions, ISO 8601 retention periods as "2 years",
// and where and why a finding was accepted. An id datamin does not know is shown as written.
import type { Finding } from '../model/index.js';
import { parseDuration } from '../util/duration.js';

/** GDPR Art. 6(1)(a)–(f), in order. */
const LEGAL_BASES: Record<string, string> = {
  consent: 'Consent, Art. 6(1)(a)',
  contract: 'Contract, Art. 6(1)(b)',
  legal_obligation: 'Legal obligation, Art. 6(1)(c)',
  vital_interests: 'Vital interests, Art. 6(1)(d)',
  public_task: 'Public task, Art. 6(1)(e)',
  legitimate_interests: 'Legitimate interests, Art. 6(1)(f)',
};

/** GDPR Art. 9(2)(a)–(j), in the order of schemas/datamin-config.schema.json. */
const SPECIAL_CONDITIONS: Record<string, string> = {
  explicit_consent: 'Explicit consent, Art. 9(2)(a)',
  employment_social_security: 'Employment and social security law, Art. 9(2)(b)',
  vital_interests: 'Vital interests, Art. 9(2)(c)',
  not_for_profit_body: 'Not-for-profit body, Art. 9(2)(d)',
  made_public_by_data_subject: 'Made public by the data subject, Art. 9(2)(e)',
  legal_claims: 'Legal claims, Art. 9(2)(f)',
  substantial_public_interest: 'Substantial public interest, Art. 9(2)(g)',
  health_or_social_care: 'Health or social care, Art. 9(2)(h)',
  public_health: 'Public health, Art. 9(2)(i)',
  archiving_research_statistics: 'Archiving, research or statistics, Art. 9(2)(j)',
};

export function legalBasisLabel(id: string): string {
  return LEGAL_BASES[id] ?? id;
}

export function specialConditionLabel(id: string): string {
  return SPECIAL_CONDITIONS[id] ?? id;
}

const UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const;

/** `P2Y` → "2 years", `P1Y6M` → "1 year 6 months", `P90D` → "90 days"; anything else as written. */
export function durationLabel(iso: string): string {
  const d = parseDuration(iso);
  if (d === undefined) return iso;
  const parts = UNITS.filter(([unit]) => d[unit] > 0).map(([unit, one]) => `${d[unit]} ${d[unit] === 1 ? one : unit}`);
  return parts.length === 0 ? iso : parts.join(' ');
}

/** True for a finding the baseline or a live `accept:` entry covers (it never fails the scan). */
export function isAccepted(f: Finding): boolean {
  return f.baseline === 'accepted';
}

/**
 * Where and why a finding was accepted, for a table cell: "accepted in the baseline on
 * 2026-01-05", "accepted in datamin.yaml:12 until 2026-06-30: <reason> (owner shop-team)", or
 * "acceptance expired on …" for one that counts as open again. Undefined when none applies.
 */
export function acceptanceNote(f: Finding): string | undefined {
  const a = f.acceptance;
  if (a === undefined) return isAccepted(f) ? 'accepted in the baseline' : undefined;
  if (a.by === 'baseline') return `accepted in the baseline${a.since === undefined ? '' : ` on ${a.since}`}`;
  const where = a.file === undefined ? 'datamin.yaml' : `${a.file}${a.line === undefined ? '' : `:${a.line}`}`;
  const why = [a.reason, a.owner === undefined ? undefined : `owner ${a.owner}`].filter((s): s is string => s !== undefined).join('; ');
  if (a.expired === true) return `acceptance expired on ${a.expires ?? '?'} (${where})${why === '' ? '' : `: ${why}`}`;
  return `accepted in ${where}${a.expires === undefined ? '' : ` until ${a.expires}`}${why === '' ? '' : `: ${why}`}`;
}
