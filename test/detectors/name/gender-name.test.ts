// Table tests for the gender-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/gender-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'person.gender' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'gender', 'sex', 'SEX', 'customer_gender', 'Geschlecht', 'sexe', 'sexo', 'género', 'genere', 'geslacht', 'geslachtsaanduiding', 'Geschlechtsangabe',
    'gênero', 'gender_code', 'is_female', 'weiblich', 'masculino',
    'sex_at_birth', 'birth_sex', 'gndr', 'geschl', 'sukupuoli', 'pohlavi', { raw: 'genre', dataset: 'patients' },
    'jenis_kelamin', 'pronouns', 'preferred_pronouns', 'pronomes',
  ].map((name) => ({ name, category })),
  invalid: [
    'gender_neutral', 'sex_offender', 'sexual_orientation', 'sex_life', 'sexy', 'sussex', 'essex',
    'genre_musical', 'gender_count', 'music_genre', { raw: 'genre', dataset: 'films' }, 'genre',
    // A courtesy title leans to no category (docs/labelling.md).
    'salutation', 'Anrede', 'civilite', 'aanhef',
  ],
});
