// Tests for the medicine strength and dose form value detector.
import detector from '../../../src/detectors/value/drug-strength.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const category = 'special.health' as const;

testValueDetector(detector, {
  valid: [
    'Loratadine 5 MG Chewable Tablet', 'NDA020800 0.3 ML Epinephrine 1 MG/ML Auto-Injector',
    '24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet', 'Ibuprofen 400 mg Filmtabletten',
    'Paracétamol 500 mg comprimé', 'Amoxicilina 500 mg cápsulas', 'Insulin glargine 100 UNT/ML Injectable Solution',
  ].map((value) => ({ value, category })),
  invalid: ['iPhone 12 Pro', 'Blue T-Shirt 100% cotton', 'Protein powder', 'Vitamin C', '500 ML bottle', 'Tablet stand 10 inch', 'Galaxy Tab S9'],
});
