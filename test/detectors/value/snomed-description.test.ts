// Tests for the SNOMED CT term (semantic tag) value detector.
import detector from '../../../src/detectors/value/snomed-description.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const category = 'special.health' as const;

testValueDetector(detector, {
  valid: [
    'Acute viral pharyngitis (disorder)', 'Itching (finding)', 'Medication Reconciliation (procedure)', 'Latex (substance)',
    'Full-time employment (finding)', 'Coronary artery stent (physical object)', 'Body mass index 30+ - obesity (finding)',
    'Housing unsatisfactory (situation)',
  ].map((value) => ({ value, category })),
  invalid: [
    'Software engineer (person)', 'Berlin (geographic location)', 'Mild (qualifier value)', 'Blue T-Shirt (XL)',
    'Acme GmbH (Berlin)', '(disorder)', 'Sneezing', 'Meeting notes (draft)',
  ],
});
