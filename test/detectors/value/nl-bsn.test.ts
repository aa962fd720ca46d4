// Tests for the Dutch BSN value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/nl-bsn.js';

testValueDetector(detector, {
  valid: [
    { value: '111222333', category: 'government.national_id' },
    { value: '123456782', category: 'government.national_id' },
    { value: '10000008', category: 'government.national_id' },
  ],
  invalid: ['123456789', '111222334', '000000000', '1700000000', '1234567', '12345678a', '1234.5678'],
});
