// Unit tests for linkability: a pseudonymous key is linked when the same key name sits beside
// direct identifiers in another dataset; otherwise the dataset is called pseudonymous.
import { describe, expect, it } from 'vitest';
import { linkability } from '../../src/classify/linkability.js';
import type { CategoryId, FieldProfile } from '../../src/model/index.js';

function field(dataset: string, name: string, ...ids: CategoryId[]): FieldProfile {
  return {
    source: `${dataset}.csv`,
    dataset,
    field: name,
    categories: ids.map((id) => ({ id, confidence: 0.9, detectors: [], matched: 0, sampled: 0, examples: [], reasons: [] })),
    stats: { count: 1, empty: 0, distinct: 1 },
  };
}

describe('linkability', () => {
  it('links behaviour keyed by a cookie id to the dataset holding the same key beside an email', () => {
    const found = linkability([
      field('visits', 'visitorId', 'online.cookie_id'),
      field('visits', 'page_url', 'behavior.browsing'),
      field('crm', 'visitor_id', 'online.cookie_id'),
      field('crm', 'email', 'contact.email'),
    ]);
    expect(found.get('visits.csv\u0000visits')).toEqual({
      status: 'linked',
      keys: ['visitorId'],
      linkedBy: [{ source: 'crm.csv', dataset: 'crm', field: 'visitor_id', identifiers: ['contact.email'] }],
    });
    expect(found.has('crm.csv\u0000crm')).toBe(false);
  });

  it('calls behaviour pseudonymous when its key sits beside no direct identifier', () => {
    const found = linkability([
      field('scores', 'customer_id'),
      field('scores', 'churn_score', 'behavior.profile'),
      field('devices', 'customer_id'),
      field('devices', 'idfa', 'online.advertising_id', 'online.device_id'),
      field('crm', 'account_no'),
      field('crm', 'email', 'contact.email'),
    ]);
    expect(found.get('scores.csv\u0000scores')).toEqual({ status: 'pseudonymous', keys: ['customer_id'] });
  });

  it('says nothing about data without a key or without personalization categories', () => {
    const found = linkability([
      field('report', 'segment'),
      field('report', 'avg_clv', 'behavior.profile'),
      field('orders', 'customer_id'),
      field('orders', 'total'),
    ]);
    expect(found.size).toBe(0);
  });
});
