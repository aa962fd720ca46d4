// Tests for the (weak) single decimal-degree value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/coordinate-decimal.js';

testValueDetector(detector, {
  valid: [
    { value: '48.8566', category: 'location.coordinates' },
    { value: '-0.127758', category: 'location.coordinates' },
    { value: '-122.419416', category: 'location.coordinates' },
  ],
  invalid: ['1234.56', '12.34', '200.12345', '1700000000', '10.0', '1.2.3.4', '-', '48,8566'],
});
