// Tests for the IPv6 value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/ipv6.js';

testValueDetector(detector, {
  valid: [
    { value: '2001:db8::8a2e:370:7334', category: 'online.ip_address' },
    { value: '2001:0db8:0000:0000:0000:ff00:0042:8329', category: 'online.ip_address' },
    { value: 'fe80::1ff:fe23:4567:890a', category: 'online.ip_address' },
    { value: '::ffff:192.0.2.128', category: 'online.ip_address' },
  ],
  invalid: ['::', '00:1A:2B:3C:4D:5E', '12:30:45', '2001:db8::g1', '1:2:3:4:5:6:7:8:9', 'abc', '2001:db8:::1'],
});
