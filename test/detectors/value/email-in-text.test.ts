// Tests for the email-in-text value detector, including the offsets it reports.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/email-in-text.js';

testValueDetector(detector, {
  valid: [
    { value: 'Please write to jane.doe@example.com about the refund', category: 'contact.email' },
    { value: 'Contact: <j.smith+orders@shop.example.org>.', category: 'contact.email' },
    { value: 'user@host then real one: anna@example.de', category: 'contact.email' },
  ],
  invalid: ['Meet @ 5pm at the office', 'price @ 12.50 each', 'twitter: @janedoe', 'a@b', 'see foo@bar for details'],
});

it('reports the span of the address without trailing punctuation', () => {
  const text = 'Mail me at jane.doe@example.com.';
  const hit = detector.match(text);
  expect(hit && text.slice(hit.start, hit.end)).toBe('jane.doe@example.com');
});
