// Tests for the card-number value detector (IIN range, length, Luhn).
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/card-number.js';

testValueDetector(detector, {
  valid: [
    { value: '4111111111111111', category: 'financial.card_number' },
    { value: '5555555555554444', category: 'financial.card_number' },
    { value: '378282246310005', category: 'financial.card_number' },
    { value: '6011111111111117', category: 'financial.card_number' },
    { value: '3530111333300000', category: 'financial.card_number' },
    { value: '30569309025904', category: 'financial.card_number' },
    { value: '4222222222222', category: 'financial.card_number' },
    { value: '2223003122003222', category: 'financial.card_number' },
    { value: '4111 1111 1111 1111', category: 'financial.card_number' },
    { value: '4111-1111-1111-1111', category: 'financial.card_number' },
  ],
  invalid: [
    '4111111111111112', '9783161484100', '978-3-16-148410-0', '1Z999AA10123456784', '1700000000',
    '0000000000000000', '7111111111111114', '411111111111111', '4111  1111 1111 1111', '4111 1111 1111 1111 ',
    '550e8400-e29b-41d4-a716-446655440000', '37828224631000', 'SKU-4411-BLK',
  ],
});
