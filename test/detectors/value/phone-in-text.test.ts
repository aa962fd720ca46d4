// Tests for the phone-in-text value detector: separated or international numbers only.
import { describe, expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/phone-in-text.js';

testValueDetector(detector, {
  valid: [
    { value: 'Call me on +44 20 7946 0958 tomorrow', category: 'contact.phone' },
    { value: 'tel. 06 12 34 56 78.', category: 'contact.phone' },
    { value: 'Office (212) 555-0123 ext 4', category: 'contact.phone' },
    { value: 'Rückruf unter 030 901820 bitte', category: 'contact.phone' },
  ],
  invalid: [
    'Order 123456789012 shipped', 'ISBN 978-3-16-148410-0', 'on 15.01.2024 10:30', 'Paid 1234.56 EUR',
    'SKU-4411-BLK-0012345', 'call 0612345678 now', 'timestamp 1700000000', 'ref ORD-2024-000123-99',
    'tracking 1Z999AA10123456784', 'the Galaxy S23 Ultra 512 GB',
  ],
});

it('reports the span of the number', () => {
  const text = 'Call me on +44 20 7946 0958 tomorrow';
  const hit = detector.match(text);
  expect(hit && text.slice(hit.start, hit.end)).toBe('+44 20 7946 0958');
});

describe('phone-in-text look-alikes', () => {
  it.each(['132.95.12.213', 'from 10.20.30.40 at noon', 'due 2024-03-05 10:00', 'born 05.03.1985'])('ignores %s', (text) => {
    expect(detector.match(text)).toBeUndefined();
  });
});
