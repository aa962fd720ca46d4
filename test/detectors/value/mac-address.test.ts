// Tests for the MAC address value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/mac-address.js';

testValueDetector(detector, {
  valid: [
    { value: '00:1A:2B:3C:4D:5E', category: 'online.mac_address' },
    { value: 'a4-83-e7-12-9f-0c', category: 'online.mac_address' },
    { value: '001a.2b3c.4d5e', category: 'online.mac_address' },
  ],
  invalid: ['00:00:00:00:00:00', '00:1A:2B-3C:4D:5E', '00:1A:2B:3C:4D:5G', '2001:db8::8a2e:370', '12:30:45:00:11', 'SKU-4411-BLK-001'],
});
