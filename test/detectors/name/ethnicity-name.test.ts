// Table tests for the ethnicity-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/ethnicity-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.ethnicity' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'ethnicity', 'ETHNICITY', 'ethnic_origin', 'ethnic_group', 'race', 'RACE', 'skin_color', 'Ethnie',
    'ethnische_Herkunft', 'origine_ethnique', 'etnia', 'origen_etnico', 'raza', 'razza', 'origine_etnica',
    'etniciteit', 'etnische_afkomst', 'origem_etnica', 'raca',
    // The US census question, and the domain languages.
    'HispanicLatino', 'hispanic', 'is_hispanic', 'hispanic_or_latino', 'pochodzenie_etniczne', 'etnicitet', 'etnik_koken',
  ].map((name) => ({ name, category })),
  invalid: [
    'hispanic_serving_institution', 'hispanic_market', 'latino_enrollment_pct',
    'race_condition', 'race_track', 'race_time', 'race_result', 'horse_race', 'trace', 'racer', 'brace',
    'embrace', 'ethernet',
  ],
});
