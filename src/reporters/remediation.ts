// Remediation for one finding, specific to what was found: a rule's catalog text covers every
// case of the rule (never-store told a plaintext password to delete card codes), so rules whose
// cases differ by category or by the purpose map get their own wording here. Every other finding
// takes its rule's remediation from rules.default.yaml as it is.
import type { Finding, ScanResult } from '../model/index.js';
import { parseDuration } from '../util/duration.js';
import { durationLabel } from './audit-labels.js';

/** never-store, by the category stored. */
const NEVER_STORE: Record<string, string> = {
  'financial.card_cvv':
    'Delete the card security codes and stop writing them: PCI DSS forbids keeping them after authorisation, even encrypted. Let the payment processor hold them.',
  'credentials.password':
    'Hash passwords with argon2id, bcrypt or scrypt, force a reset for the affected accounts, and drop the plaintext column.',
};

/**
 * retention-exceeded, when the purpose with the shortest retention is not the only one the
 * dataset serves: the fields only that purpose needs are what must go, not the rows that the
 * other purposes keep longer.
 */
function retentionAdvice(result: ScanResult, f: Finding, fallback: string): string {
  const short = typeof f.data?.purpose === 'string' ? f.data.purpose : undefined;
  const purposes = result.processing?.purposes ?? [];
  if (short === undefined || f.dataset === undefined) return fallback;
  const fieldsOf = (id: string): string[] => purposes.find((p) => p.id === id)?.fields.filter((x) => x.dataset === f.dataset).map((x) => x.field) ?? [];
  const shortDays = typeof f.data?.retention === 'string' ? approximateDays(f.data.retention) : undefined;
  if (shortDays === undefined) return fallback;
  // The purposes that keep the dataset's rows longer: their fields stay, the rest go.
  const others = purposes.filter((p) => p.id !== short && p.retention !== undefined && (approximateDays(p.retention) ?? 0) > shortDays && p.fields.some((x) => x.dataset === f.dataset));
  const keptLonger = new Set(others.flatMap((p) => fieldsOf(p.id)));
  const onlyShort = fieldsOf(short).filter((field) => !keptLonger.has(field));
  const retention = typeof f.data?.retention === 'string' ? durationLabel(f.data.retention) : 'its retention';
  if (others.length === 0 || onlyShort.length === 0) return fallback;
  const cutoff = typeof f.data?.cutoff === 'string' ? ` before ${f.data.cutoff}` : '';
  const fields = onlyShort.map((name) => `\`${name}\``).join(', ');
  return `${fields} ${onlyShort.length === 1 ? 'is what forces' : 'are what force'} the ${retention} of purpose '${short}': erase ${onlyShort.length === 1 ? 'that field' : 'those fields'} in rows${cutoff} (set ${onlyShort.length === 1 ? 'it' : 'them'} to null) rather than deleting the rows, which ${others.map((p) => `'${p.id}'${p.retention === undefined ? '' : ` (${durationLabel(p.retention)})`}`).join(', ')} still ${others.length === 1 ? 'needs' : 'need'}; schedule it as a recurring job.`;
}

/** A retention period in days, near enough to order periods (a month as 30 days). */
function approximateDays(iso: string): number | undefined {
  const d = parseDuration(iso);
  return d === undefined ? undefined : d.years * 365 + d.months * 30 + d.weeks * 7 + d.days + d.hours / 24;
}

/** The remediation a report shows for `f`. */
export function remediationFor(result: ScanResult, f: Finding): string {
  const generic = result.rules.find((r) => r.id === f.ruleId)?.remediation ?? '';
  if (f.ruleId === 'never-store') {
    const specific = (f.categories ?? []).map((c) => NEVER_STORE[c]).filter((s): s is string => s !== undefined);
    return specific.length > 0 ? specific.join(' ') : generic;
  }
  if (f.ruleId === 'retention-exceeded') return retentionAdvice(result, f, generic);
  return generic;
}
