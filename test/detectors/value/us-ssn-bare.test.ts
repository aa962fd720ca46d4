// Tests for the weak us-ssn-bare value detector.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/us-ssn-bare.js';

testValueDetector(detector, {
  valid: [
    { value: '536221234', category: 'government.ssn' },
    { value: '001010001', category: 'government.ssn' },
  ],
  invalid: ['000123456', '666123456', '912345678', '123004567', '123450000', '078051120', '1700000000', '12345678', '536-22-1234', '53622123a'],
});

it('stays weak, because most 9-digit numbers pass', () => {
  expect(detector.strength).toBeLessThanOrEqual(0.3);
});
