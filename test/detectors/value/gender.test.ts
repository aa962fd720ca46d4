// Tests for the gender value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/gender.js';

testValueDetector(detector, {
  valid: [
    { value: 'M', category: 'person.gender' },
    { value: 'f', category: 'person.gender' },
    { value: 'Female', category: 'person.gender' },
    { value: 'WEIBLICH', category: 'person.gender' },
    { value: 'männlich', category: 'person.gender' },
    { value: 'divers', category: 'person.gender' },
    { value: 'Homme', category: 'person.gender' },
    { value: 'mujer', category: 'person.gender' },
    { value: 'Non-binary', category: 'person.gender' },
    { value: 'vrouw', category: 'person.gender' },
  ],
  invalid: ['mr', 'Ms.', 'yes', 'true', '1', 'medium', 'female_count', 'Samsung', 'manual', 'XL'],
});
