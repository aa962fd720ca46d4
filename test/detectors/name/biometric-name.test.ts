// Table tests for the biometric-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/biometric-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.biometric' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'fingerprint_template', 'fingerprint_image', 'palm_vein', 'odcisk_palca', 'fingeravtryck', 'fingeraftryk', 'parmak_izi', 'sormenjalki',
    'biometric', 'biometrics', 'biometric_data', 'fingerprint', 'face_template', 'face_encoding',
    'face_embedding', 'faceprint', 'iris_scan', 'voiceprint', 'Fingerabdruck', 'Gesichtserkennung', 'biometrie',
    'empreinte_digitale', 'reconnaissance_faciale', 'huella_dactilar', 'datos_biometricos', 'impronta_digitale',
    'dati_biometrici', 'vingerafdruk', 'biometrische_gegevens', 'impressao_digital', 'biometria',
    'has_fingerprint',
  ].map((name) => ({ name, category })),
  invalid: [
    'device_fingerprint', 'browser_fingerprint', 'ssh_key_fingerprint', 'card_fingerprint',
    'certificate_fingerprint', 'fingerprint_count', { raw: 'lastLogFingerprint', dataset: 'people' }, { raw: 'session_fingerprint', dataset: 'users' }, 'login_fingerprint', 'canvas_fingerprint', 'face', 'face_value', 'faceted',
  ],
});
