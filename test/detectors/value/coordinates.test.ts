// Tests for the latitude/longitude pair value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/coordinates.js';

testValueDetector(detector, {
  valid: [
    { value: '48.8566, 2.3522', category: 'location.coordinates' },
    { value: '-33.8688,151.2093', category: 'location.coordinates' },
    { value: '(51.50735, -0.12776)', category: 'location.coordinates' },
    { value: '40.712776 -74.005974', category: 'location.coordinates' },
  ],
  invalid: ['95.1234, 10.1234', '45.1234, 190.1234', '1.5, 2.5', '1234.56, 78.90', '48.8566', '10.0', '1.2.3.4', '12.345,67.890,1.234'],
});
