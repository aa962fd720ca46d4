// Tests for the (weak) device-id value detector.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/device-id.js';

testValueDetector(detector, {
  valid: [
    { value: '6D92078A-8246-4BA4-AE5B-76104861E7DC', category: 'online.device_id' },
    { value: '38400000-8cf0-11bd-b23e-10b96e40000d', category: 'online.device_id' },
  ],
  invalid: ['00000000-0000-0000-0000-000000000000', '6D92078A82464BA4AE5B76104861E7DC', '9774d56d682e549c', '6D92078A-8246-4BA4-AE5B-76104861E7DZ'],
});

it('stays weak, because most UUID columns are primary keys', () => {
  expect(detector.strength).toBeLessThanOrEqual(0.2);
});
