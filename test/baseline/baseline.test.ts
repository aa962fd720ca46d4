// The baseline module: building, merging, pruning, printing and parsing the baseline file, and
// marking findings new or accepted from it and from `accept:` entries.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/result.js';
import {
  BaselineError,
  acceptanceMatches,
  applyBaseline,
  buildBaseline,
  isExpired,
  parseBaseline,
  serializeBaseline,
  type AcceptanceRule,
  type Baseline,
} from '../../src/baseline/index.js';

function finding(ruleId: string, dataset: string | undefined, field: string | undefined, fingerprint: string, severity: Finding['severity'] = 'high'): Finding {
  return { ruleId, severity, fingerprint, message: `${ruleId} on ${dataset ?? ''}.${field ?? ''}`, ...(dataset ? { dataset } : {}), ...(field ? { field } : {}) };
}

const phone = finding('undeclared-personal-field', 'customers', 'phone', 'aaaaaaaaaaaaaaaa');
const email = finding('missing-legal-basis', 'customers', 'email', 'bbbbbbbbbbbbbbbb', 'critical');
const sparse = finding('minimization-sparse-field', 'app-users', 'fax', 'cccccccccccccccc', 'low');
const purpose = finding('missing-legal-basis', undefined, undefined, 'dddddddddddddddd');

describe('buildBaseline', () => {
  it('has one entry per fingerprint, sorted by dataset, field and rule', () => {
    const baseline = buildBaseline([phone, email, sparse, purpose, phone], { today: '2026-11-30' });
    expect(baseline.findings.map((e) => e.fingerprint)).toEqual(['dddddddddddddddd', 'cccccccccccccccc', 'bbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaa']);
    expect(baseline.findings[3]).toEqual({ rule: 'undeclared-personal-field', severity: 'high', dataset: 'customers', field: 'phone', fingerprint: 'aaaaaaaaaaaaaaaa', accepted: '2026-11-30' });
    expect(baseline.findings[0]).toEqual({ rule: 'missing-legal-basis', severity: 'high', fingerprint: 'dddddddddddddddd', accepted: '2026-11-30' });
  });

  it('keeps the accepted day of entries already in the baseline', () => {
    const previous = buildBaseline([phone], { today: '2026-01-01' });
    const next = buildBaseline([phone, email], { today: '2026-11-30', previous });
    expect(next.findings.map((e) => [e.field, e.accepted])).toEqual([['email', '2026-11-30'], ['phone', '2026-01-01']]);
  });

  it('keeps entries no longer found unless pruning', () => {
    const previous = buildBaseline([phone, email], { today: '2026-01-01' });
    expect(buildBaseline([email], { today: '2026-11-30', previous }).findings).toHaveLength(2);
    expect(buildBaseline([email], { today: '2026-11-30', previous, prune: true }).findings.map((e) => e.field)).toEqual(['email']);
  });
});

describe('serializeBaseline / parseBaseline', () => {
  it('round-trips, ends with a newline and puts one key per line', () => {
    const baseline = buildBaseline([phone, purpose], { today: '2026-11-30' });
    const text = serializeBaseline(baseline);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n      "fingerprint": "aaaaaaaaaaaaaaaa",\n');
    expect(parseBaseline(text, 'b.json')).toEqual(baseline);
  });

  it('prints the same text whatever order the findings came in', () => {
    const a = serializeBaseline(buildBaseline([phone, email, sparse], { today: '2026-11-30' }));
    const b = serializeBaseline(buildBaseline([sparse, phone, email], { today: '2026-11-30' }));
    expect(a).toBe(b);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'expected a JSON object'],
    ['{"version": 2, "findings": []}', 'unsupported baseline version 2'],
    ['{"version": 1}', '"findings" must be a list'],
    ['{"version": 1, "findings": [{"rule": "r", "severity": "high", "fingerprint": "xyz", "accepted": "2026-01-01"}]}', 'findings[0].fingerprint'],
    ['{"version": 1, "findings": [{"rule": "r", "severity": "urgent", "fingerprint": "aaaaaaaaaaaaaaaa", "accepted": "2026-01-01"}]}', 'findings[0].severity'],
    ['{"version": 1, "findings": [{"rule": "r", "severity": "high", "fingerprint": "aaaaaaaaaaaaaaaa", "accepted": "yesterday"}]}', 'findings[0].accepted'],
  ])('rejects %s', (text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline(text, 'b.json')).toThrow(message);
  });
});

describe('acceptances', () => {
  const rule: AcceptanceRule = { rule: 'undeclared-*', dataset: 'cust*', field: 'phone', reason: 'delivery calls' };

  it('match by rule, dataset and field globs', () => {
    expect(acceptanceMatches(rule, phone)).toBe(true);
    expect(acceptanceMatches(rule, email)).toBe(false);
    expect(acceptanceMatches({ ...rule, field: 'ph*' }, phone)).toBe(true);
    expect(acceptanceMatches({ ...rule, dataset: 'orders' }, phone)).toBe(false);
    expect(acceptanceMatches({ ...rule, rule: 'missing-legal-basis' }, phone)).toBe(false);
  });

  it('without dataset and field match everything of the rule, also purpose-level findings', () => {
    const wide: AcceptanceRule = { rule: 'missing-legal-basis', reason: 'under review' };
    expect(acceptanceMatches(wide, email)).toBe(true);
    expect(acceptanceMatches(wide, purpose)).toBe(true);
    expect(acceptanceMatches({ ...wide, field: 'email' }, purpose)).toBe(false);
  });

  it('hold through their last day', () => {
    expect(isExpired({ ...rule, expires: '2026-11-30' }, '2026-11-30')).toBe(false);
    expect(isExpired({ ...rule, expires: '2026-11-29' }, '2026-11-30')).toBe(true);
    expect(isExpired(rule, '2999-01-01')).toBe(false);
  });
});

describe('applyBaseline', () => {
  const baseline: Baseline = buildBaseline([phone, sparse], { today: '2026-06-01' });

  it('accepts baseline fingerprints and marks the rest new', () => {
    const { findings, resolved } = applyBaseline([phone, email], { baseline, today: '2026-11-30' });
    expect(findings.map((f) => f.baseline)).toEqual(['accepted', 'new']);
    expect(findings[0].acceptance).toEqual({ by: 'baseline', since: '2026-06-01' });
    expect(findings[1].acceptance).toBeUndefined();
    expect(resolved).toEqual([{ ruleId: 'minimization-sparse-field', severity: 'low', fingerprint: 'cccccccccccccccc', dataset: 'app-users', field: 'fax', since: '2026-06-01' }]);
  });

  it('has no resolved list without a baseline', () => {
    expect(applyBaseline([phone], { acceptances: [], today: '2026-11-30' }).resolved).toBeUndefined();
  });

  it('accepts by a live acceptance with its reason, owner and place', () => {
    const entry: AcceptanceRule = { rule: 'missing-legal-basis', field: 'email', reason: 'consent being collected', owner: 'crm', expires: '2026-12-31', file: 'datamin.yaml', line: 30 };
    const [marked] = applyBaseline([email], { acceptances: [entry], today: '2026-11-30' }).findings;
    expect(marked.baseline).toBe('accepted');
    expect(marked.acceptance).toEqual({ by: 'config', reason: 'consent being collected', owner: 'crm', expires: '2026-12-31', file: 'datamin.yaml', line: 30 });
    expect(marked.message).toBe(email.message);
  });

  it('turns an expired acceptance back into a new finding that names it, even over the baseline', () => {
    const entry: AcceptanceRule = { rule: 'undeclared-personal-field', field: 'phone', reason: 'delivery calls', expires: '2026-01-31' };
    const [marked] = applyBaseline([phone], { baseline, acceptances: [entry], today: '2026-11-30' }).findings;
    expect(marked.baseline).toBe('new');
    expect(marked.acceptance).toEqual({ by: 'config', reason: 'delivery calls', expires: '2026-01-31', expired: true });
    expect(marked.message).toBe(`${phone.message} (acceptance expired on 2026-01-31: delivery calls)`);
  });

  it('prefers a live acceptance over an expired one for the same finding', () => {
    const old: AcceptanceRule = { rule: '*', reason: 'old', expires: '2025-01-01' };
    const renewed: AcceptanceRule = { rule: '*', reason: 'renewed', expires: '2027-01-01' };
    const [marked] = applyBaseline([phone], { acceptances: [old, renewed], today: '2026-11-30' }).findings;
    expect(marked.baseline).toBe('accepted');
    expect(marked.acceptance?.reason).toBe('renewed');
  });

  it('does not change the findings it was given', () => {
    const input = [phone];
    applyBaseline(input, { baseline, today: '2026-11-30' });
    expect(input[0].baseline).toBeUndefined();
  });
});
