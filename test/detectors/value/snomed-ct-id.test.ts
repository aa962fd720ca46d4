// Tests for the SNOMED CT concept id value detector (Verhoeff check digit, concept partition).
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/snomed-ct-id.js';
import { passesVerhoeff } from '../../../src/detectors/validators/verhoeff.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const category = 'special.health' as const;

testValueDetector(detector, {
  // Acute viral pharyngitis, Clinical finding, SNOMED CT root, Myocardial infarction, Latex,
  // Chest, and a US-extension concept (partition 10).
  valid: ['195662009', '404684003', '138875005', '22298006', '111088007', '51185008', '428211000124100'].map((value) => ({ value, category })),
  invalid: [
    '195662008', // wrong check digit
    '404684013', // description partition 01
    '123456789', // order number
    '1700000000', // timestamp
    '012345678', // leading zero
    '12345', // too short
    '19566200-9',
  ],
});

describe('Verhoeff check', () => {
  it('accepts the textbook example 2363 and rejects single-digit and transposition errors', () => {
    expect(passesVerhoeff('2363')).toBe(true);
    expect(passesVerhoeff('2364')).toBe(false);
    expect(passesVerhoeff('3263')).toBe(false);
    expect(passesVerhoeff('')).toBe(false);
    expect(passesVerhoeff('23a3')).toBe(false);
  });
});
