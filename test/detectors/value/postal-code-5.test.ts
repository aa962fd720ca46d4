// Tests for the weak five-digit postal code value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/postal-code-5.js';

testValueDetector(detector, {
  valid: [
    { value: '90210', category: 'contact.postal_code' },
    { value: '75008', category: 'contact.postal_code' },
    { value: '01067', category: 'contact.postal_code' },
  ],
  invalid: ['00000', '1234', '123456', '9021a', '12.34'],
});
