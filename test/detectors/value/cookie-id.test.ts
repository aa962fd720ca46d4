// Tests for the (weak) cookie-id value detector: domain-user-id and Segment UUID cookie ids.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/cookie-id.js';

testValueDetector(detector, {
  valid: [
    { value: 'c6ef3124-b53a-4b13-a233-0088f79dcbcb', category: 'online.cookie_id' },
    { value: 'A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF', category: 'online.cookie_id' },
  ],
  invalid: ['00000000-0000-0000-0000-000000000000', 'c6ef3124b53a4b13a2330088f79dcbcb', 'GA1.2.123456789.1712345678'],
});

it('stays weak: a UUID alone is not a cookie id', () => {
  expect(detector.strength).toBeLessThan(0.5);
});
