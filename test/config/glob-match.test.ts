// src/util/glob-match.ts: `*` within a segment, `**` across segments, exact keys first.
import { describe, expect, it } from 'vitest';
import { KeyMatcher, bestKeyMatch, bestMatch, globMatch, isGlob } from '../../src/util/glob-match.js';
import { expectLinearTime } from '../helpers/linear-time.js';
import { mulberry32, randomDraws } from '../helpers/mulberry32.js';

describe('globMatch', () => {
  it.each([
    ['shipping.*', 'shipping.city', '.'],
    ['shipping.**', 'shipping.address.city', '.'],
    ['**.email', 'customer.contact.email', '.'],
    ['**.email', 'email', '.'],
    ['a.**.b', 'a.b', '.'],
    ['items[].*', 'items[].sku', '.'],
    ['export_*', 'export_2024_01', '/'],
    ['export_*', 'export_', '/'],
    ['*', 'public.customers', '/'],
    ['email', 'email', '.'],
  ] as const)('%s matches %s', (pattern, subject, separator) => {
    expect(globMatch(pattern, subject, separator)).toBe(true);
  });
  it.each([
    ['shipping.*', 'shipping.address.city', '.'],
    ['shipping.*', 'shipping', '.'],
    ['shipping.*', 'shippingXcity', '.'],
    ['export_*', 'exports', '/'],
    ['export_*', 'my_export_1', '/'],
    ['*.email', 'email', '.'],
    ['email', 'Email', '.'],
    ['items[].*', 'itemsX.sku', '.'],
  ] as const)('%s does not match %s', (pattern, subject, separator) => {
    expect(globMatch(pattern, subject, separator)).toBe(false);
  });
});

describe('bestMatch', () => {
  it('prefers the exact key even when a glob comes first', () => {
    expect(bestMatch(['shipping.*', 'shipping.city'], 'shipping.city', '.')).toBe('shipping.city');
  });
  it('prefers the more specific glob', () => {
    expect(bestMatch(['**', 'shipping.**', 'shipping.*'], 'shipping.city', '.')).toBe('shipping.*');
    expect(bestMatch(['**', 'shipping.**'], 'shipping.address.city', '.')).toBe('shipping.**');
  });
  it('breaks ties alphabetically so key order does not matter', () => {
    expect(bestMatch(['b_*', '*_x'], 'b_x', '/')).toBe('*_x');
    expect(bestMatch(['*_x', 'b_*'], 'b_x', '/')).toBe('*_x');
  });
  it('returns undefined when nothing matches', () => {
    expect(bestMatch(['orders', 'export_*'], 'customers', '/')).toBeUndefined();
  });
  it('tells globs from names', () => {
    expect(isGlob('export_*')).toBe(true);
    expect(isGlob('customers')).toBe(false);
  });
});

describe('KeyMatcher', () => {
  it('answers as bestMatch does on random keys and subjects', () => {
    const random = mulberry32(5);
    const { pick } = randomDraws(random);
    const parts = ['a', 'b', 'ab', '*', '**', 'c*'];
    const name = (separator: string): string => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(parts)).join(separator);
    for (const separator of ['/', '.'] as const) {
      for (let round = 0; round < 300; round++) {
        const keys = Array.from({ length: Math.floor(random() * 6) }, () => name(separator));
        const matcher = new KeyMatcher(keys, separator);
        for (let i = 0; i < 10; i++) {
          const subject = name(separator).replace(/\*/g, 'x');
          expect(matcher.match(subject), `${JSON.stringify(keys)} ${subject}`).toBe(bestMatch(keys, subject, separator));
        }
      }
    }
  });

  it('keeps one matcher per record, so a lookup does not walk every key', async () => {
    await expectLinearTime(
      'datasets',
      2_000,
      (n): Record<string, number> => {
        const record: Record<string, number> = { 'audit_*': -1 };
        for (let i = 0; i < n; i++) record[`table_${i}`] = i;
        return record;
      },
      (record) => {
        const n = Object.keys(record).length - 1;
        let exact = 0;
        for (let i = 0; i < n; i++) if (bestKeyMatch(record, `table_${i}`, '/') === `table_${i}`) exact++;
        expect(exact).toBe(n);
      },
    );
  });
});
