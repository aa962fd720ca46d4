// Tests for the (weak) date-of-birth value detector: plausible past dates only.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/date-of-birth.js';

const nextYear = new Date().getFullYear() + 1;

testValueDetector(detector, {
  valid: [
    { value: '1985-03-14', category: 'person.date_of_birth' },
    { value: '14.03.1985', category: 'person.date_of_birth' },
    { value: '03/14/1985', category: 'person.date_of_birth' },
    { value: '29/02/2000', category: 'person.date_of_birth' },
    { value: '1985-03-14T00:00:00Z', category: 'person.date_of_birth' },
    { value: '1985/03/14', category: 'person.date_of_birth' },
  ],
  invalid: [
    `${nextYear}-01-15`, '1850-06-01', '1985-02-30', '29.02.1999', '1985-13-01', '14/14/1985',
    '2023-11-14T22:13:20Z', '1700000000', '1234.56', 'ORD-2024-000123', '1985-3-14',
  ],
});
