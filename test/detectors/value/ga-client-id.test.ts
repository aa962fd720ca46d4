// Tests for the ga-client-id value detector: GA1 cookie values and the bare <random>.<seconds> pair.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/ga-client-id.js';

const category = 'online.cookie_id' as const;

testValueDetector(detector, {
  valid: [
    { value: 'GA1.2.123456789.1712345678', category },
    { value: 'GA1.1.1938475610.1699999999', category },
    { value: '987654321.1612345678', category },
    { value: '45678.1712345678', category },
  ],
  invalid: ['GA1.2.123456789.99', '123456789.0000000001', '9999999999.1712345678', '52.5200081234', '1712345678.1234567', 'GA1.2.abc.1712345678', '1234.56'],
});
