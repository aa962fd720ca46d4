import { describe, expect, it } from 'vitest';
import { combineConfidence, embeddedScore, emptyEvidence, wholeValueScore } from '../../src/classify/combine.js';

describe('confidence combination', () => {
  it('a full column of strong matches is enough without a name', () => {
    const e = { ...emptyEvidence(), value: wholeValueScore(0.97, 100, 100), matched: 100, sampled: 100, valueDetectable: 0.97 };
    expect(combineConfidence('contact.email', e)).toBeGreaterThan(0.9);
  });
  it('a weak detector alone stays under the default threshold', () => {
    const e = { ...emptyEvidence(), value: wholeValueScore(0.15, 100, 100), matched: 100, sampled: 100 };
    expect(combineConfidence('contact.email', e)).toBeLessThan(0.5);
  });
  it('name and value evidence add up (noisy-OR)', () => {
    const e = { ...emptyEvidence(), name: 0.6, value: 0.5 };
    expect(combineConfidence('contact.email', e)).toBeCloseTo(0.8, 5);
  });
  it('a strong name contradicted by its own canonical value check is halved', () => {
    const e = { ...emptyEvidence(), name: 0.9, valueDetectable: 0.9, matched: 0, sampled: 200 };
    expect(combineConfidence('contact.email', e)).toBeCloseTo(0.45, 5);
  });
  it('a plaintext password column is not contradicted by the hash check', () => {
    const e = { ...emptyEvidence(), name: 0.9, valueDetectable: 0.9, matched: 0, sampled: 200 };
    expect(combineConfidence('credentials.password', e)).toBeCloseTo(0.9, 5);
  });
  it('embedded evidence needs two hits and grows with the share', () => {
    expect(embeddedScore(0.97, 1, 500)).toBe(0);
    expect(embeddedScore(0.97, 10, 500)).toBeGreaterThan(0.5);
    expect(embeddedScore(0.97, 100, 500)).toBeGreaterThan(embeddedScore(0.97, 10, 500));
  });
});
