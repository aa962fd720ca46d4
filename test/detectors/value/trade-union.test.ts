// Tests for the trade-union value detector: unions of several countries, membership answers
// that need a name, and acronyms that are also words.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/trade-union.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const union = (value: string) => ({ value, category: 'special.trade_union' as const });

testValueDetector(detector, {
  valid: [
    union('IG Metall'), union('ver.di'), union('UNISON'), union('CGT'), union('CFDT'), union('Force Ouvrière'), union('CCOO'),
    union('UGT'), union('CGIL'), union('CISL'), union('FNV'), union('CNV'), union('SEIU'), union('Teamsters'),
    union('Member'), union('non-member'),
  ],
  invalid: ['Metallica', 'Unionized Widgets Ltd', 'Verdict', 'CGTX', 'Union Square', 'Teams'],
});

describe('trade-union column check', () => {
  it('accepts a column of union names', () => {
    expect(detector.column!(['IG Metall', 'ver.di', 'None', 'IG Metall', 'GEW'])).toBeUndefined();
  });
  it('rejects member/non-member alone: that needs the field name', () => {
    expect(detector.column!(['Member', 'Non-member', 'Member', 'Member'])).toMatch(/on its own/);
  });
  it('rejects lab and sud as words', () => {
    expect(detector.column!(['Lab', 'Sud', 'Nord', 'Lab'])).toMatch(/on its own|only/);
  });
});
