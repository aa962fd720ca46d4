// Consistency (issue 21, part 2): the same column definition gets the same verdict in every table
// of one scan, unless the difference is on purpose (the dataset's subject) or the values decide.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import type { FieldProfile, ScanResult } from '../../src/model/result.js';
import { applyConsistency } from '../../src/classify/consistency.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/context/consistency');

async function scan(): Promise<Map<string, FieldProfile>> {
  const run = await runCli(['scan', '.', '--format', 'json'], { cwd: FIXTURE });
  const result = JSON.parse(run.stdout) as ScanResult;
  return new Map(result.fields.map((f) => [`${f.dataset}.${f.field}`, f]));
}

const ids = (f: FieldProfile | undefined): string[] => (f?.categories ?? []).map((c) => c.id);

describe('one verdict per column definition', () => {
  it('an empty table takes the category the values of the same definition proved elsewhere', async () => {
    const fields = await scan();
    expect(ids(fields.get('leads.contact'))).toEqual(['contact.email']);
    expect(ids(fields.get('archived_leads.contact'))).toEqual(['contact.email']);
    expect(fields.get('archived_leads.contact')?.categories[0].reasons.join(' ')).toMatch(/consistency: leads\.contact/);
  });
  it('the dataset subject keeps its difference on purpose, and says so', async () => {
    const fields = await scan();
    expect(ids(fields.get('customers.phone'))).toEqual(['contact.phone']);
    expect(ids(fields.get('suppliers.phone'))).toEqual([]);
  });
  it('the published result carries no evidence items', async () => {
    const fields = await scan();
    for (const f of fields.values()) expect(f.evidence).toBeUndefined();
  });
});

describe('applyConsistency', () => {
  const profile = (dataset: string, over: Partial<FieldProfile>): FieldProfile => ({
    source: 'x.sql', dataset, field: 'contact', type: 'varchar(100)', categories: [], stats: { count: 0, empty: 0, distinct: 0 }, evidence: [], ...over,
  });
  const proved = profile('a', {
    stats: { count: 10, empty: 0, distinct: 10 },
    categories: [{ id: 'contact.email', confidence: 0.97, detectors: ['email'], matched: 10, sampled: 10, examples: [], reasons: [] }],
    evidence: [{ category: 'contact.email', kind: 'value', feature: 'value.whole', detector: 'email', value: 0.97, weight: 1, direction: 'for', channel: 'values', reason: 'values' }],
  });
  it('a field whose own values say otherwise keeps its verdict, with a note', () => {
    const other = profile('b', { stats: { count: 10, empty: 0, distinct: 10 } });
    applyConsistency([proved, other]);
    expect(other.categories).toEqual([]);
    expect(other.evidence).toContainEqual(expect.objectContaining({ kind: 'consistency', value: 0, reason: expect.stringMatching(/its own values decide/) }));
  });
  it('a different type or comment is a different definition', () => {
    const other = profile('c', { type: 'integer' });
    applyConsistency([proved, other]);
    expect(other.categories).toEqual([]);
    expect(other.evidence).toEqual([]);
  });
});
