// Tests for the LOINC code value detector (mod-10 check digit).
import detector from '../../../src/detectors/value/loinc-code.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const category = 'special.health' as const;

testValueDetector(detector, {
  // Body height, heart rate, systolic and diastolic blood pressure, hemoglobin A1c.
  valid: ['8302-2', '8867-4', '8480-6', '8462-4', '4548-4'].map((value) => ({ value, category })),
  invalid: ['8302-3', '12-31', '2024-01', '10-20', '8302', '123456-7', 'A302-2'],
});
