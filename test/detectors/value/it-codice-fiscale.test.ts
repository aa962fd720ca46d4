// Tests for the Italian codice fiscale value detector, with a homocode sample built here.
import { expect, it } from 'vitest';
import stdnumPkg from 'stdnum';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/it-codice-fiscale.js';
import { codiceFiscaleCheckChar } from '../../../src/detectors/validators/codice-fiscale.js';

const { stdnum } = stdnumPkg;
// Omocodia: the last digit 2 of RSSMRA85T10A562S replaced by its letter N, check recomputed.
const homocodeBody = 'RSSMRA85T10A56N';
const homocode = homocodeBody + codiceFiscaleCheckChar(homocodeBody);

testValueDetector(detector, {
  valid: [
    { value: 'RSSMRA85T10A562S', category: 'government.national_id' },
    { value: 'MRTMTT25D09F205Z', category: 'government.national_id' },
    { value: homocode, category: 'government.national_id' },
  ],
  invalid: ['RSSMRA85T10A562T', 'BNCGVN80A41H501X', 'RSSMRA85Z10A562S', 'rssmra85t10a562s', 'RSSMRA85T10A562', '12345678901', 'SKU-4411-BLK-001'],
});

it('agrees with stdnum on the samples', () => {
  for (const code of ['RSSMRA85T10A562S', 'MRTMTT25D09F205Z', homocode]) expect(stdnum.IT.codicefiscale.validate(code).isValid).toBe(true);
  expect(stdnum.IT.codicefiscale.validate('RSSMRA85T10A562T').isValid).toBe(false);
});
