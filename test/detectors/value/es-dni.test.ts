// Tests for the Spanish DNI value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/es-dni.js';

testValueDetector(detector, {
  valid: [
    { value: '12345678Z', category: 'government.national_id' },
    { value: '00000000T', category: 'government.national_id' },
    { value: '12345678-Z', category: 'government.national_id' },
    { value: '99999999R', category: 'government.national_id' },
  ],
  invalid: ['12345678A', '1234567Z', '12345678z', 'X1234567L', '123456789', '12345678ZZ', 'ORD-2024-Z'],
});
