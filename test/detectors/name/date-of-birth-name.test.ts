// Table tests for the date-of-birth-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/date-of-birth-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'person.date_of_birth' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'dob', 'DOB', 'date_of_birth', 'birth_date', 'birthDate', 'BIRTHDATE', 'birthday', 'born_on', 'Geburtsdatum',
    'Geburtstag', 'date_de_naissance', 'naissance', 'fecha_de_nacimiento', 'fecha_nac', 'data_di_nascita',
    'compleanno', 'geboortedatum', 'verjaardag', 'data_de_nascimento', 'aniversario',
    { raw: 'birth', type: 'date' }, { raw: 'col7', comment: "customer's date of birth" },
    // The parts of a date of birth kept apart are filed as the date of birth they truncate.
    'birth_year', 'birthYear', 'birthMonth', 'birthDay', 'year_of_birth', 'yob', 'Geburtsjahr', 'Jahrgang', 'annee_de_naissance',
    'ano_de_nacimiento', 'anno_di_nascita', 'geboortejaar', 'rok_urodzenia',
    // Finnish, Czech, Hungarian, Romanian, Indonesian.
    'syntymaaika', 'syntymäpäivä', 'datum_narozeni', 'szuletesi_datum', 'data_nasterii', 'tanggal_lahir'
  ].map((name) => ({ name, category })),
  invalid: [
    'birth_state', 'birthProvince', 'multiple_birth_count', 'multipleBirthInteger',
    'dob_verified', 'birth_place', 'BIRTHPLACE', 'DEATHDATE', 'birthday_reminder',
    'birthday_email_sent', 'has_birthday', 'birth_country', 'birth_weight', { raw: 'dob', type: 'boolean' },
    'created_at', 'updated_at', 'date',
    // A birth's sex, place or name in the lexicon languages is no date.
    'birth_sex', 'sex_at_birth', 'luogo_nascita', 'lugar_nacimiento', 'nom_naissance', 'lieu_naissance', 'pais_nacimiento', 'Geburtsort',
  ],
});
