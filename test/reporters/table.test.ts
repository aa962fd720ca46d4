// The terminal reporter over a hand-written result holding every finding state: new, accepted,
// expired acceptance, resolved; colours only when asked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { table } from '../../src/reporters/table.js';

const result = JSON.parse(readFileSync(new URL('../fixtures/sarif/ci-result.json', import.meta.url), 'utf8')) as ScanResult;

describe('table reporter', () => {
  const plain = table(result, { color: false }) as string;

  it('groups fields by dataset and lists the findings with their state', () => {
    for (const d of result.datasets) expect(plain).toContain(d.name);
    expect(plain).toContain('(new)');
    expect(plain).toContain('(accepted)');
    expect(plain).toContain('(acceptance expired)');
  });

  it('lists findings resolved since the baseline', () => {
    expect(plain).toContain('Resolved since the baseline (1)');
    expect(plain).toMatch(/customers\.fax\s+undeclared-personal-field/);
  });

  it('ends with a one-line summary', () => {
    expect(plain.trimEnd().split('\n').at(-1)).toMatch(/personal field.* in \d+ dataset/);
  });

  it('uses ANSI colours only when asked', () => {
    const escape = String.fromCharCode(27);
    expect(plain).not.toContain(`${escape}[`);
    expect(table(result, { color: true }) as string).toContain(`${escape}[`);
  });
});
