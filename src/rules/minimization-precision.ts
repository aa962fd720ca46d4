// minimization-precision: values more precise than purposes usually need: exact dates of birth,
// full IP addresses, coordinates to about 100 m or finer (GDPR Art. 5(1)(c), Art. 25(1)). Judged
// on the shape of sampled values; nothing is reported when no values were sampled.
import type { CategoryId, DatasetEvidence, FieldProfile, FindingDraft, RuleEvaluator } from '../model/index.js';
import { categoryInfo } from '../model/index.js';
import { fieldSite, percent } from './shared/purposes.js';
import { sampledValues } from './shared/values.js';

/** Share of sampled values that must be precise before the field is reported. */
export const PRECISE_SHARE = 0.5;

/** A calendar day is present: ISO 8601 `1985-03-12`, `1985/03/12`, or day-first/US `12.03.1985`, `03/12/1985`. */
const WITH_DAY = /^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?:$|[T ])/;

/** An IPv4 address in dotted-quad form (RFC 791) whose last octet is not zeroed. */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * True for a full IP address: IPv4 with a non-zero last octet (not truncated to /24), or IPv6
 * (RFC 4291 §2.2 text forms, `::` expanded) with any bit set after the first 48.
 */
export function isFullIpAddress(value: string): boolean {
  const v4 = IPV4.exec(value);
  if (v4) return Number(v4[4]) !== 0;
  const address = value.replace(/%.*$/, '').toLowerCase();
  if (!/^[0-9a-f:]+$/.test(address) || !address.includes(':')) return false;
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const tail = halves.length === 2 && halves[1] !== '' ? halves[1].split(':') : [];
  // `::` stands for one or more zero groups (RFC 4291 §2.2), so at most 7 groups stand beside it;
  // more is not an address (and would ask for an array of negative length below).
  if (halves.length === 2 && head.length + tail.length > 7) return false;
  const groups = halves.length === 2 ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail] : head;
  if (groups.length !== 8 || groups.some((g) => g.length === 0 || g.length > 4)) return false;
  return groups.slice(3).some((g) => parseInt(g, 16) !== 0);
}

/** Three decimals of a degree are about 111 m at the equator; two are about 1.1 km. */
const DECIMALS = /-?\d{1,3}\.(\d+)/g;
export function hasPreciseCoordinate(value: string): boolean {
  for (const match of value.matchAll(DECIMALS)) if (match[1].length >= 3) return true;
  return false;
}

interface Check {
  category: CategoryId;
  precision: string;
  isPrecise: (value: string) => boolean;
}

const CHECKS: readonly Check[] = [
  { category: 'person.date_of_birth', precision: 'exact dates of birth', isPrecise: (v) => WITH_DAY.test(v) },
  { category: 'online.ip_address', precision: 'full IP addresses', isPrecise: isFullIpAddress },
  { category: 'location.coordinates', precision: 'coordinates with 3 or more decimals (about 100 m or finer)', isPrecise: hasPreciseCoordinate },
];

function evaluateField(evidence: DatasetEvidence, profile: FieldProfile): FindingDraft | undefined {
  const checks = CHECKS.filter((check) => profile.categories.some((c) => c.id === check.category));
  // Most fields are none of these categories: their values need not be read out of the row sample.
  if (checks.length === 0) return undefined;
  const values = sampledValues(evidence, profile.field);
  if (values.length === 0) return undefined;
  for (const check of checks) {
    const share = values.filter(check.isPrecise).length / values.length;
    if (share < PRECISE_SHARE) continue;
    return {
      ...fieldSite(profile),
      message: '',
      categories: [check.category],
      data: { precision: check.precision, preciseShare: percent(share), sampled: values.length, advice: categoryInfo(check.category).hint },
    };
  }
  return undefined;
}

const rule: RuleEvaluator = {
  id: 'minimization-precision',
  scope: 'dataset',
  evaluate(ctx) {
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        const finding = evaluateField(evidence, profile);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

export default rule;
