// applyLineage: categories travel down `upstream` links, whatever order the fields come in.
import { describe, expect, it } from 'vitest';
import type { FieldProfile } from '../../src/model/index.js';
import { applyLineage } from '../../src/classify/lineage.js';

function profile(dataset: string, field: string, ids: string[], upstream?: string): FieldProfile {
  return {
    source: 'models/schema.yml', dataset, field,
    categories: ids.map((id) => ({ id: id as FieldProfile['categories'][number]['id'], confidence: 0.6, detectors: ['test'], matched: 0, sampled: 0, examples: [], reasons: [] })),
    stats: { count: 0, empty: 0, distinct: 0 },
    evidence: [],
    ...(upstream ? { upstream: [{ source: 'models/schema.yml', dataset: upstream, field }] } : {}),
  };
}

describe('applyLineage', () => {
  it('carries a category from a source down a chain of models, listed downstream first', () => {
    const mart = profile('customers', 'handle', [], 'stg_customers');
    const staging = profile('stg_customers', 'handle', [], 'raw_customers');
    const raw = profile('raw_customers', 'handle', ['contact.email']);
    expect(applyLineage([mart, staging, raw])).toBe(2);
    expect(mart.categories).toEqual([expect.objectContaining({ id: 'contact.email', confidence: 0.6, detectors: ['dbt-lineage'], reasons: ['lineage: inherited from stg_customers.handle (selected under the same name)'] })]);
    expect(mart.evidence).toEqual([expect.objectContaining({ kind: 'lineage', category: 'contact.email' })]);
  });

  it('notes the upstream field on a category the field already had, without adding it twice', () => {
    const raw = profile('raw', 'email', ['contact.email']);
    const stg = profile('stg', 'email', ['contact.email'], 'raw');
    expect(applyLineage([raw, stg])).toBe(0);
    expect(stg.categories).toHaveLength(1);
    expect(stg.categories[0].reasons).toEqual(['lineage: inherited from raw.email (selected under the same name)']);
  });

  it('leaves fields without upstream links alone', () => {
    const a = profile('a', 'email', ['contact.email']);
    const b = profile('b', 'email', []);
    expect(applyLineage([a, b])).toBe(0);
    expect(b.categories).toEqual([]);
  });
});
