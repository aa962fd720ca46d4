// Tests for the us-ssn value detector (grouped form, SSA assignment rules).
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/us-ssn.js';

testValueDetector(detector, {
  valid: [
    { value: '536-22-1234', category: 'government.ssn' },
    { value: '123-45-6789', category: 'government.ssn' },
    { value: '899 99 9999', category: 'government.ssn' },
  ],
  invalid: [
    '078-05-1120', '219-09-9999', '000-12-3456', '666-12-3456', '900-12-3456', '123-00-4567', '123-45-0000',
    '123-45-678', '12-345-6789', '123-45 6789', '536221234', 'ORD-2024-0001', '978-3-16-1484',
  ],
});
