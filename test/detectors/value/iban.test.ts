// Tests for the IBAN value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/iban.js';

testValueDetector(detector, {
  valid: [
    { value: 'GB82WEST12345698765432', category: 'financial.iban' },
    { value: 'DE89370400440532013000', category: 'financial.iban' },
    { value: 'FR1420041010050500013M02606', category: 'financial.iban' },
    { value: 'NL91ABNA0417164300', category: 'financial.iban' },
    { value: 'GB82 WEST 1234 5698 7654 32', category: 'financial.iban' },
  ],
  invalid: [
    'DE89370400440532013001', 'GB82WEST1234569876543', 'XX82WEST12345698765432', 'SKU-4411-BLK-0000000',
    'ORD-2024-000123', 'de89370400440532013000', 'DE8937040044053201300000000',
  ],
});
