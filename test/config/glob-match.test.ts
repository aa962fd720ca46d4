// src/util/glob-match.ts: `*` within a segment, `**` across segments, exact keys first.
import { describe, expect, it } from 'vitest';
import { bestMatch, globMatch, isGlob } from '../../src/util/glob-match.js';

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
