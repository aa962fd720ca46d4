// Tests for the US ZIP+4 value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/us-zip4.js';

testValueDetector(detector, {
  valid: [
    { value: '90210-1234', category: 'contact.postal_code' },
    { value: '02134-0001', category: 'contact.postal_code' },
  ],
  invalid: ['00000-1234', '90210', '902101234', '90210-123', 'ORD-2024-1', '1234-56789'],
});
