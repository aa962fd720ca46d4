// The terminal reporter over a hand-written result holding every finding state: new, accepted,
// expired acceptance, resolved; colours only when asked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { table, wrap } from '../../src/reporters/table.js';

const result = JSON.parse(readFileSync(new URL('../fixtures/sarif/ci-result.json', import.meta.url), 'utf8')) as ScanResult;

describe('table reporter', () => {
  const plain = table(result, { color: false }) as string;

  it('groups fields by dataset and lists the findings with their state', () => {
    const verbose = table(result, { color: false, verbose: true }) as string;
    for (const d of result.datasets) expect(verbose).toContain(d.name);
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

describe('table reporter at real size (issue 22)', () => {
  const personal = result.datasets.filter((d) => result.fields.some((f) => f.dataset === d.name && f.source === d.source && f.categories.length > 0));
  const plainOnly = { name: 'exchange_rates', source: 'rates.csv', kind: 'csv', fields: 3, rows: 10 } as ScanResult['datasets'][number];
  const wider: ScanResult = { ...result, datasets: [...result.datasets, plainOnly] };

  it('lists only datasets with personal data, unless verbose, and says how many it left out', () => {
    const quiet = table(wider, { color: false }) as string;
    expect(quiet).not.toContain('exchange_rates');
    expect(quiet).toMatch(/\d+ datasets? without personal data not listed \(-v lists them\)/);
    for (const d of personal) expect(quiet).toContain(d.name);
    const verbose = table(wider, { color: false, verbose: true }) as string;
    expect(verbose).toContain('exchange_rates');
    expect(verbose).not.toContain('not listed');
  });

  it('counts open and accepted findings apart in the heading and the footer', () => {
    const accepted = result.findings.filter((f) => f.baseline === 'accepted').length;
    expect(accepted).toBeGreaterThan(0);
    const text = table(result, { color: false }) as string;
    expect(text).toContain(`Findings (${result.findings.length - accepted} open, ${accepted} accepted)`);
    const footer = text.trimEnd().split('\n').at(-1) ?? '';
    expect(footer).toContain(`${accepted} accepted`);
    expect(footer).toMatch(/open findings: /);
  });

  it('wraps finding messages to the terminal width', () => {
    const long: ScanResult = { ...result, findings: result.findings.map((f) => ({ ...f, message: `${f.message} ${'and a rather long explanation '.repeat(6)}` })) };
    const text = table(long, { color: false, width: 80 }) as string;
    const findings = text.slice(text.indexOf('Findings ('));
    expect(findings.split('\n').filter((line) => line.length > 80 && line.startsWith('           '))).toEqual([]);
    expect(wrap('a b c', undefined)).toEqual(['a b c']);
  });
});
