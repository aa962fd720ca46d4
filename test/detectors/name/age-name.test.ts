// Table tests for the age-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/age-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'person.age' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'age', 'AGE', 'customer_age', 'age_years', 'Alter', 'âge', 'edad', 'età', 'leeftijd', 'idade', 'age_group',
    'age_range', 'faixa_etaria', 'tranche_d_age',
    // Finnish, Czech, Romanian, Indonesian, Turkish.
    'ika', 'ikä', 'vek', 'varsta', 'umur', 'yas',
  ].map((name) => ({ name, category })),
  invalid: [
    'page', 'max_age', 'age_limit', 'cache_age', 'age_verified', 'image', 'stage', 'delivery_eta', 'message',
    'average', 'age_rating', 'has_age', { raw: 'age', type: 'boolean' },
    // A birth year is the date of birth's (date-of-birth-name); a condition's onset age and a
    // gestational age are clinical facts, not the person's age.
    'birth_year', 'year_of_birth', 'Geburtsjahr', 'annee_de_naissance', 'geboortejaar', 'onsetAge', 'abatementAge',
    'gestational_age', 'age_at_onset',
  ],
});
