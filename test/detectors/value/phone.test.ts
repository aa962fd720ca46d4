// Tests for the phone value detector (international and national formats).
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/phone.js';

testValueDetector(detector, {
  valid: [
    { value: '+44 20 7946 0958', category: 'contact.phone' },
    { value: '+1 212-555-0123', category: 'contact.phone' },
    { value: '(212) 555-0123', category: 'contact.phone' },
    { value: '212.555.0123', category: 'contact.phone' },
    { value: '020 7946 0958', category: 'contact.phone' },
    { value: '07700 900123', category: 'contact.phone' },
    { value: '0612345678', category: 'contact.phone' },
    { value: '06 12 34 56 78', category: 'contact.phone' },
    { value: '+49 30 901820', category: 'contact.phone' },
    { value: '0049 30 901820', category: 'contact.phone' },
    { value: '612 34 56 78', category: 'contact.phone' },
    { value: '06-12345678', category: 'contact.phone' },
    { value: '333 123 4567', category: 'contact.phone' },
    { value: '+442079460958', category: 'contact.phone' },
  ],
  invalid: [
    '1700000000', '132.95.112.213', '10.20.30.40', '192.168.100.254', '2125550123', '1234.56', '978-3-16-148410-0', 'ORD-2024-000123', 'SKU-4411-BLK',
    '1Z999AA10123456784', '15.01.2024 10', '2024-01-15 10', '4111111111111111', '+44 20 7946', '123-456-7890',
    '000 000 0000', 'iPhone 15 Pro Max', '+999 1234 5678 90',
    // The SSN layout AAA-GG-SSSS is never a phone grouping (accuracy benchmark, issue 3).
    '234-56-7890',
    // A decimal number, however many digits it has, is no phone number written with dots.
    '0.0878434027', '0.2938459481', '12.3456789012',
  ],
});
