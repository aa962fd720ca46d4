// Tests for the IPv4 value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/ipv4.js';

testValueDetector(detector, {
  valid: [
    { value: '203.0.113.7', category: 'online.ip_address' },
    { value: '192.168.1.254', category: 'online.ip_address' },
    { value: '8.8.8.8', category: 'online.ip_address' },
    { value: '1.2.3.4', category: 'online.ip_address' },
  ],
  invalid: ['10.0', '1.2.3', '256.1.1.1', '192.168.01.1', '1.2.3.4.5', '1234.56', '1700000000', '192.168.1.1 ', 'v1.2.3.4'],
});
