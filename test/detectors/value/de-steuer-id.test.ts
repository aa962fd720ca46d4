// Tests for the German Steuer-ID value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/de-steuer-id.js';

testValueDetector(detector, {
  valid: [
    { value: '36574261809', category: 'government.national_id' },
    { value: '86095742719', category: 'government.national_id' },
    { value: '47036892816', category: 'government.national_id' },
    { value: '86 095 742 719', category: 'government.national_id' },
  ],
  invalid: [
    '36574261808', '01234567890', '12345678901', '11111111116',
    // Check digit valid, but one digit three times in a row (BZSt rule since 2016).
    '11145678908', '1700000000', '978-3-16-148410', '3657426180',
  ],
});
