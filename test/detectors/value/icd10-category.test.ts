// Tests for the weak three-character ICD-10 category value detector.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/icd10-category.js';

testValueDetector(detector, {
  valid: [
    { value: 'I10', category: 'special.health' },
    { value: 'E66', category: 'special.health' },
    { value: 'M1A', category: 'special.health' },
  ],
  invalid: ['i10', 'E6', 'E660', 'AB1', '123', 'E6C', 'E11.9'],
});

it('stays weak, because cabin and seat codes look the same', () => {
  expect(detector.strength).toBeLessThanOrEqual(0.3);
});
