// Tests for the French NIR value detector; sample keys are recomputed with nirKey and stdnum.
import { expect, it } from 'vitest';
import stdnumPkg from 'stdnum';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/fr-nir.js';
import { nirKey } from '../../../src/detectors/validators/fr-nir-key.js';

const { stdnum } = stdnumPkg;

testValueDetector(detector, {
  valid: [
    { value: '185057800608491', category: 'government.national_id' },
    { value: '1 85 05 78 006 084 91', category: 'government.national_id' },
    { value: '290022A00412304', category: 'government.national_id' },
    { value: '2 90 02 2A 004 123 04', category: 'government.national_id' },
  ],
  invalid: [
    // The key often quoted for this sample, 36, is wrong: 1850578006084 mod 97 = 6, key 91.
    '1 85 05 78 006 084 36', '185057800608490', '585057800608491', '185137800608491', '290022C00412304',
    '18505780060849', '1700000000', '978-3-16-148410-0',
  ],
});

it('computes the keys the samples carry, as stdnum does', () => {
  expect(nirKey('1850578006084')).toBe(91);
  expect(nirKey('290022A004123')).toBe(4);
  expect(stdnum.FR.nir.validate('185057800608491').isValid).toBe(true);
  expect(stdnum.FR.nir.validate('290022A00412304').isValid).toBe(true);
});
