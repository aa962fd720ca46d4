// Table tests for the sexual-orientation-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/sexual-orientation-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.sexual_orientation' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'sexual_orientation', 'sexualOrientation', 'sexual_preference', 'sexuality', 'sex_life',
    'sexuelle_Orientierung', 'Sexualität', 'orientation_sexuelle', 'vie_sexuelle', 'orientacion_sexual',
    'sexualidad', 'orientamento_sessuale', 'sessualita', 'seksuele_geaardheid', 'geaardheid',
    'orientacao_sexual', 'sexualidade', 'lgbt',
    // A profile's bare `sexual`.
    'sexual', 'sexuell',
  ].map((name) => ({ name, category })),
  invalid: [
    'orientation', 'screen_orientation', 'sex', 'gender', 'device_orientation', 'sexual_orientation_count',
    'sexy', 'sexual_health_notes', 'sexual_count',
  ],
});
