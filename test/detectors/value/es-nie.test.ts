// Tests for the Spanish NIE value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/es-nie.js';

testValueDetector(detector, {
  valid: [
    { value: 'X1234567L', category: 'government.national_id' },
    { value: 'Y1234567X', category: 'government.national_id' },
    { value: 'Z1234567R', category: 'government.national_id' },
    { value: 'X-1234567-L', category: 'government.national_id' },
  ],
  invalid: ['X1234567A', 'W1234567L', 'X123456L', '12345678Z', 'Y12345678X', 'XYZ1234567'],
});
