// Consistency (issue 21, part 2): the same column definition gets the same verdict in every table
// of one scan, unless the difference is on purpose (the dataset's subject) or the values decide.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import type { FieldProfile, ScanResult } from '../../src/model/result.js';
import { applyConsistency, applyEveryTable } from '../../src/classify/consistency.js';

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

describe('applyEveryTable', () => {
  const secret = { id: 'credentials.secret' as const, confidence: 0.65, detectors: ['secret-name'], matched: 0, sampled: 0, examples: [], reasons: [] };
  const token = (dataset: string): FieldProfile => ({
    source: 'schema.rb', dataset, field: 'token', type: 'string', categories: [{ ...secret }], stats: { count: 0, empty: 0, distinct: 0 },
    evidence: [{ category: 'credentials.secret', kind: 'name', feature: 'name.lexicon', detector: 'secret-name', value: 0.65, weight: 1, direction: 'for', channel: 'definition', reason: 'name has "token"' }],
  });
  const other = (dataset: string): FieldProfile => ({ source: 'schema.rb', dataset, field: 'title', type: 'string', categories: [], stats: { count: 0, empty: 0, distinct: 0 }, evidence: [] });
  const TABLES = ['users', 'tags', 'categories', 'comments', 'stories', 'domains', 'hats', 'messages'];

  it('a token every kind of row carries is a row key, not a secret', () => {
    const fields = TABLES.map(token);
    expect(applyEveryTable([...fields, ...['a', 'b', 'c'].map(other)])).toBe(TABLES.length);
    for (const f of fields) {
      expect(f.categories).toEqual([]);
      expect(f.evidence).toContainEqual(expect.objectContaining({ feature: 'consistency.every-table', direction: 'against' }));
    }
  });
  it('a token of a few tables of a large scan stays a secret', () => {
    const fields = TABLES.slice(0, 6).map(token);
    const rest = Array.from({ length: 30 }, (_, i) => other(`t${i}`));
    expect(applyEveryTable([...fields, ...rest])).toBe(0);
    expect(fields[0].categories.map((c) => c.id)).toEqual(['credentials.secret']);
  });
  it('an id that is a secret because of its sessions table keeps it', () => {
    const ids = TABLES.map((t) => ({ ...token(t), field: 'id', categories: [] }));
    const session = { ...token('sessions'), field: 'id' };
    session.evidence = [{ category: 'credentials.secret', kind: 'subject', feature: 'subject.context', detector: 'secret-table-name', value: 0.65, weight: 1, direction: 'for', channel: 'definition', reason: 'sessions' }];
    expect(applyEveryTable([...ids, session])).toBe(0);
    expect(session.categories.map((c) => c.id)).toEqual(['credentials.secret']);
  });
  it('a column whose values prove a secret keeps it', () => {
    const fields = TABLES.map(token);
    fields[0].evidence?.push({ category: 'credentials.secret', kind: 'value', feature: 'value.whole', detector: 'api-key', value: 0.9, weight: 1, direction: 'for', channel: 'values', reason: 'values' });
    applyEveryTable(fields);
    expect(fields[0].categories.map((c) => c.id)).toEqual(['credentials.secret']);
    expect(fields[1].categories).toEqual([]);
  });
});
