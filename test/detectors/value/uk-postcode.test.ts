// Tests for the UK postcode value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/uk-postcode.js';

testValueDetector(detector, {
  valid: [
    { value: 'SW1A 1AA', category: 'contact.postal_code' },
    { value: 'EC1A1BB', category: 'contact.postal_code' },
    { value: 'm1 1ae', category: 'contact.postal_code' },
    { value: 'B33 8TH', category: 'contact.postal_code' },
    { value: 'DN55 1PT', category: 'contact.postal_code' },
    { value: 'GIR 0AA', category: 'contact.postal_code' },
  ],
  invalid: ['SW1A 1AC', 'QA1 1AA', '12345', 'SKU-4411', 'ABC 123', 'SW1A  1AA', 'A1 1AAA'],
});
