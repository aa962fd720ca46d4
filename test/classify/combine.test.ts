import { describe, expect, it } from 'vitest';
import { canonicalFormatCategories, combineConfidence, embeddedScore, emptyEvidence, wholeValueScore } from '../../src/classify/combine.js';
import { valueDetectors } from '../../src/detectors/index.js';
import { looksLikeVersionNumbers } from '../../src/detectors/validators/column.js';

describe('confidence combination', () => {
  const canonical = canonicalFormatCategories(valueDetectors);
  it('a full column of strong matches is enough without a name', () => {
    const e = { ...emptyEvidence(), value: wholeValueScore(0.97, 100, 100), matched: 100, sampled: 100, valueDetectable: 0.97 };
    expect(combineConfidence('contact.email', e, canonical)).toBeGreaterThan(0.9);
  });
  it('a weak detector alone stays under the default threshold', () => {
    const e = { ...emptyEvidence(), value: wholeValueScore(0.15, 100, 100), matched: 100, sampled: 100 };
    expect(combineConfidence('contact.email', e, canonical)).toBeLessThan(0.5);
  });
  it('name and value evidence add up (noisy-OR)', () => {
    const e = { ...emptyEvidence(), name: 0.6, value: 0.5 };
    expect(combineConfidence('contact.email', e, canonical)).toBeCloseTo(0.8, 5);
  });
  it('a strong name contradicted by its own canonical value check is halved', () => {
    const e = { ...emptyEvidence(), name: 0.9, valueDetectable: 0.9, matched: 0, sampled: 200 };
    expect(combineConfidence('contact.email', e, canonical)).toBeCloseTo(0.45, 5);
  });
  it('a plaintext password column is not contradicted by the hash check', () => {
    const e = { ...emptyEvidence(), name: 0.9, valueDetectable: 0.9, matched: 0, sampled: 200 };
    expect(combineConfidence('credentials.password', e, canonical)).toBeCloseTo(0.9, 5);
  });
  it('embedded evidence needs two hits and grows with the share', () => {
    expect(embeddedScore(0.97, 1, 500)).toBe(0);
    expect(embeddedScore(0.97, 10, 500)).toBeGreaterThan(0.5);
    expect(embeddedScore(0.97, 100, 500)).toBeGreaterThan(embeddedScore(0.97, 10, 500));
  });
});

describe('canonical formats are declared by the value detectors', () => {
  it('the categories of detectors declaring canonicalFormat, and no others', () => {
    expect([...canonicalFormatCategories(valueDetectors)].sort()).toEqual(['contact.email', 'financial.card_number', 'financial.iban', 'online.ip_address', 'online.mac_address']);
  });
});

describe('version numbers that parse as IPv4 (accuracy benchmark, issue 3)', () => {
  const versions = Array.from({ length: 40 }, (_, i) => `${(i % 9) + 1}.${i % 20}.${i}.${(i * 7) % 250}`);
  const addresses = Array.from({ length: 40 }, (_, i) => `${(i * 37) % 223 + 1}.${i}.${(i * 11) % 255}.${i + 3}`);
  it('a column of dotted quads with small first numbers reads as versions', () => {
    expect(looksLikeVersionNumbers(versions)).toBe(true);
  });
  it('addresses spread over the first-octet range do not', () => {
    expect(looksLikeVersionNumbers(addresses)).toBe(false);
  });
  it('a private 10/8 network is still addresses', () => {
    expect(looksLikeVersionNumbers(Array.from({ length: 40 }, (_, i) => `10.0.${i}.${i + 1}`))).toBe(false);
  });
  it('too few values decide nothing', () => {
    expect(looksLikeVersionNumbers(versions.slice(0, 5))).toBe(false);
  });
});
