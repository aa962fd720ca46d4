// Table tests for the criminal-record-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/criminal-record-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'criminal.record' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'rikosrekisteri', 'brottsregister', 'belastningsregister', 'straffeattest', 'adli_sicil', 'zaswiadczenie_o_niekaralnosci', 'arrest_date',
    'criminal_record', 'criminalRecord', 'criminal_history', 'conviction', 'convictions', 'criminal_convictions',
    'offence', 'offenses', 'has_criminal_record', 'sex_offender', 'felony', 'Vorstrafe', 'Vorstrafen',
    'Führungszeugnis', 'Strafregister', 'casier_judiciaire', 'condamnations', 'antecedentes_penales', 'delito',
    'casellario_giudiziale', 'precedenti_penali', 'reato', 'strafblad', 'veroordeling', 'registo_criminal',
    'antecedentes_criminais', 'background_check',
  ].map((name) => ({ name, category })),
  invalid: [
    // A patient's arrest.
    'cardiac_arrest', 'respiratory_arrest', 'heart_arrest_time', 'arrest_time',
    'criminal_count', 'record', 'record_id', 'offense_yards', 'offense_rating', 'convict_rate',
    'conviction_count', 'crime_rate', 'records', 'recorder',
  ],
});
