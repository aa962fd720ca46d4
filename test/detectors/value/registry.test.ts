// Tests for the value detector registry: complete, sorted, ids equal to file names, sane fields.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { valueDetectors } from '../../../src/detectors/value/index.js';
import { isCategoryId } from '../../../src/model/index.js';

const folder = new URL('../../../src/detectors/value/', import.meta.url);
const fileIds = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

describe('valueDetectors registry', () => {
  const ids = valueDetectors.map((d) => d.id);

  it('lists every detector file exactly once', () => {
    expect([...ids].sort()).toEqual([...fileIds].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is sorted by id', () => {
    expect(ids).toEqual([...ids].sort());
  });

  it.each(fileIds)('%s default-exports the detector with its file name as id', async (id) => {
    const module = (await import(new URL(`${id}.ts`, folder).href)) as { default: { id: string } };
    expect(module.default.id).toBe(id);
  });

  it.each(valueDetectors.map((d) => [d.id, d] as const))('%s has kind, categories, scope and strength', (_id, d) => {
    expect(d.kind).toBe('value');
    expect(d.categories.length).toBeGreaterThan(0);
    for (const c of d.categories) expect(isCategoryId(c)).toBe(true);
    expect(['whole', 'embedded']).toContain(d.scope);
    expect(d.strength).toBeGreaterThan(0);
    expect(d.strength).toBeLessThanOrEqual(1);
    expect(d.description.length).toBeGreaterThan(10);
    expect(typeof d.prefilter).toBe('function');
  });

  it('covers the required categories', () => {
    const covered = new Set(valueDetectors.flatMap((d) => d.categories));
    for (const c of [
      'contact.email', 'contact.phone', 'contact.postal_code', 'person.gender', 'person.date_of_birth',
      'online.ip_address', 'online.mac_address', 'online.device_id', 'online.user_agent', 'location.coordinates',
      'government.ssn', 'government.national_id', 'government.tax_id', 'financial.card_number', 'financial.iban',
      'credentials.password', 'credentials.secret', 'special.health',
    ] as const) expect(covered.has(c), c).toBe(true);
  });
});
