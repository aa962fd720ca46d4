// Tests for the ICD-10 code (with subcategory) value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/icd10-code.js';

testValueDetector(detector, {
  valid: [
    { value: 'E11.9', category: 'special.health' },
    { value: 'J45.909', category: 'special.health' },
    { value: 'C4A.0', category: 'special.health' },
    { value: 'F32.A', category: 'special.health' },
    { value: 'U07.1', category: 'special.health' },
  ],
  invalid: ['I10', 'C85', 'e11.9', 'E1', 'E11.', 'E11.12345', 'SKU-4411-BLK', 'AB1.2', '1Z9.1', 'ORD-2024', '10.0'],
});
