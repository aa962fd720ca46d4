// Tests for the (weak) advertising-id value detector: IDFA and GAID shapes.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/advertising-id.js';

testValueDetector(detector, {
  valid: [
    { value: '6D92078A-8246-4BA4-AE5B-76104861E7DC', category: 'online.advertising_id' },
    { value: '38400000-8cf0-11bd-b23e-10b96e40000d', category: 'online.advertising_id' },
  ],
  invalid: ['00000000-0000-0000-0000-000000000000', '6D92078A82464BA4AE5B76104861E7DC', '6D92078A-8246-4BA4-AE5B-76104861E7DZ'],
});

it('stays weak: a UUID alone is a key, not an advertising id', () => {
  expect(detector.strength).toBeLessThan(0.5);
});
