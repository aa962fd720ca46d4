// datamin.yaml keys of the personalization rules (issue 24): accepted in their documented shape,
// and each misuse a one-line error at its line.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { RULE_IDS } from '../../src/rules/index.js';

const parse = (text: string) => parseConfig(text, 'datamin.yaml', RULE_IDS);
const lines = (text: string) => parse(text).errors.map((e) => e.format());

const VALID = `version: 1
purposes:
  personalization:
    legal_basis: consent
    profiling: true
    consent:
      dataset: consent_log
      subject: cookie_id
      granted_at: granted_at
      withdrawn_at: withdrawn_at
      scope_field: purpose
      scope: personalization
  newsletter: { legal_basis: legitimate_interests, direct_marketing: true }
datasets:
  events:
    subject: cookie_id
    timestamp_field: ts
    fields:
      page_url: [personalization]
  segments:
    release: aggregate
    group_by: [segment, region]
    subject: customer_id
    k: 20
    fields:
      segment: [newsletter]
`;

describe('personalization keys in datamin.yaml', () => {
  it('accepts the documented shape', () => {
    const { config, errors } = parse(VALID);
    expect(errors).toEqual([]);
    expect(config?.purposeMap?.purposes.personalization.consent?.scope).toBe('personalization');
    expect(config?.purposeMap?.datasets.segments).toMatchObject({ release: 'aggregate', group_by: ['segment', 'region'], subject: 'customer_id', k: 20 });
    expect(config?.purposeMap?.locations?.['purposes.personalization.consent']?.line).toBe(6);
  });

  it('names the dataset of a purpose with a consent log that lacks its subject key and time', () => {
    expect(lines(VALID.replace('    subject: cookie_id\n    timestamp_field: ts\n', ''))).toEqual([
      "datamin.yaml:15:3: datasets.events: serves purpose 'personalization', whose consent log is 'consent_log', so its rows are checked against it and it needs subject (the field holding the person key, e.g. subject: cookie_id) and timestamp_field (when each row was processed, e.g. timestamp_field: ts)",
    ]);
  });

  it('accepts retention_field as the time of the rows', () => {
    expect(lines(VALID.replace('    timestamp_field: ts\n', '    retention_field: ts\n'))).toEqual([]);
  });

  it('wants scope and scope_field together', () => {
    expect(lines(VALID.replace('      scope_field: purpose\n', ''))).toEqual([
      'datamin.yaml:6:5: purposes.personalization.consent: scope and scope_field go together: scope_field names the log column, scope the value it must hold (scope_field: purpose, scope: personalization)',
    ]);
  });

  it('wants group_by and subject on an aggregate release, and k or group_by only there', () => {
    const text = VALID.replace('    group_by: [segment, region]\n    subject: customer_id\n', '').replace('    subject: cookie_id\n    timestamp_field: ts\n', '    subject: cookie_id\n    timestamp_field: ts\n    k: 5\n');
    expect(lines(text)).toEqual([
      'datamin.yaml:18:5: datasets.events.k: k applies only to a dataset with release: aggregate',
      'datamin.yaml:21:3: datasets.segments: release: aggregate needs group_by, the fields whose values form the released groups (group_by: [segment, region])',
      'datamin.yaml:21:3: datasets.segments: release: aggregate needs subject, the field holding the person key, so groups are counted per person (subject: customer_id)',
    ]);
  });

  it('rejects a consent source without its required fields and a k below 2, through the schema', () => {
    const text = VALID.replace('      withdrawn_at: withdrawn_at\n', '').replace('k: 20', 'k: 1');
    const errors = parse(text).errors;
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [6, 'purposes.personalization.consent'],
      [23, 'datasets.segments.k'],
    ]);
  });
});
