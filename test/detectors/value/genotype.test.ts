// Tests for the genotype value detector: rsIDs with alleles, allele pairs, HGVS descriptions,
// and look-alikes (bare rsIDs, ratios, model numbers, version strings).
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/genotype.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const genetic = (value: string) => ({ value, category: 'special.genetic' as const });

testValueDetector(detector, {
  valid: [
    genetic('rs429358 C/T'), genetic('rs4680(A;G)'), genetic('rs1801133:AG'), genetic('A/G'), genetic('C|T'),
    genetic('c.68_69delAG'), genetic('NM_000492.3:c.1521_1523delCTT'), genetic('c.35delG'), genetic('g.12345A>G'),
    genetic('c.1A>G'), genetic('p.Arg117His'), genetic('p.(Gly12Asp)'), genetic('p.F508del'), genetic('p.Val600Glu'),
    genetic('c.-12C>T'), genetic('c.1521+1G>A'),
  ],
  invalid: ['rs1801133', 'A/B', '1/2', 'c.68', 'p.123', 'rsvp', 'AG', 'v1.2.3', 'c.a.r', 'pp.12'],
});

describe('genotype column check', () => {
  it('accepts a genotype column', () => {
    expect(detector.column!(['A/A', 'A/G', 'G/G', 'A/G'])).toBeUndefined();
  });
  it('rejects one pair repeated', () => {
    expect(detector.column!(['A/G', 'A/G', 'A/G'])).toMatch(/single genotype/);
  });
});
