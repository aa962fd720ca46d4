// Tests for the UK National Insurance number value detector (HMRC prefix rules).
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/uk-nino.js';

testValueDetector(detector, {
  valid: [
    { value: 'AB123456C', category: 'government.national_id' },
    { value: 'JG103759A', category: 'government.national_id' },
    { value: 'AB 12 34 56 C', category: 'government.national_id' },
    { value: 'ZA123456D', category: 'government.national_id' },
  ],
  invalid: [
    'QQ123456C', 'DA123456A', 'AD123456A', 'AO123456A', 'BG123456A', 'GB123456A', 'NK123456B', 'KN123456B',
    'TN123456C', 'NT123456C', 'ZZ123456D', 'AB123456E', 'AB12345C', 'ab123456c', 'SKU4411BLK',
  ],
});
