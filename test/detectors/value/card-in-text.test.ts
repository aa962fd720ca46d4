// Tests for the card-in-text value detector.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/card-in-text.js';

testValueDetector(detector, {
  valid: [
    { value: 'customer paid with 4111 1111 1111 1111 exp 12/27', category: 'financial.card_number' },
    { value: 'card=5555555555554444;', category: 'financial.card_number' },
    { value: 'Amex 3782 822463 10005 on file', category: 'financial.card_number' },
    { value: 'card 4111-1111-1111-1111 cvv 123', category: 'financial.card_number' },
  ],
  invalid: [
    'card 4111 1111 1111 1112 declined', 'ISBN 9783161484100', 'account 41111111111111110000 closed',
    'tracking 1Z999AA10123456784', 'order ORD-2024-000123', 'ts 1700000000 amount 1234.56',
    'ref X4111111111111111',
    // Accuracy benchmark (issue 3): digits of a printed IBAN, a latitude's fraction, a phone.
    'IBAN DE89 3704 0044 0532 0130 00', 'at 42.36877442769006 north', 'call +4915123456789 today',
  ],
});

it('reports the span of the card number', () => {
  const text = 'customer paid with 4111 1111 1111 1111 exp 12/27';
  const hit = detector.match(text);
  expect(hit && text.slice(hit.start, hit.end)).toBe('4111 1111 1111 1111');
});
