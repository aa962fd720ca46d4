// Table tests for the age-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/age-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'person.age' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'age', 'AGE', 'customer_age', 'age_years', 'Alter', 'âge', 'edad', 'età', 'leeftijd', 'idade', 'age_group',
    'age_range', 'birth_year', 'year_of_birth', 'Geburtsjahr', 'annee_de_naissance', 'ano_de_nacimiento',
    'anno_di_nascita', 'geboortejaar', 'faixa_etaria', 'tranche_d_age',
  ].map((name) => ({ name, category })),
  invalid: [
    'page', 'max_age', 'age_limit', 'cache_age', 'age_verified', 'image', 'stage', 'delivery_eta', 'message',
    'average', 'age_rating', 'has_age', { raw: 'age', type: 'boolean' },
  ],
});
