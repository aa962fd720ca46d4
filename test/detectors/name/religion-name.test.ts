// Table tests for the religion-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/religion-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.religion' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'religion', 'religious_affiliation', 'faith', 'denomination', 'Religion', 'Konfession',
    'Religionszugehörigkeit', 'confession_religieuse', 'croyance', 'religión', 'creencia_religiosa', 'religione',
    'fede_religiosa', 'religie', 'godsdienst', 'geloof', 'religião', 'crenca_religiosa', 'is_religious',
    'wyznanie', 'religia', 'trosuppfattning', 'trossamfund', 'dini_inanc', 'uskonto', 'uskontokunta',
    'church',
  ].map((name) => ({ name, category })),
  invalid: [
    'coin_denomination', 'denomination_value', 'note_denomination', 'religion_count', 'region', 'legion',
    'relation',
    // A DIN standard in a product table.
    'din', 'din_norm',
  ],
});
