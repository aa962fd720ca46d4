// Table tests for the drivers-license-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/drivers-license-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'government.drivers_license' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'drivers_license', 'driversLicense', 'driver_license_number', 'driving_licence', 'dl_number',
    "driver's license", 'Führerschein', 'Fuehrerschein', 'Führerscheinnummer', 'permis_de_conduire',
    'numero_de_permis', 'licencia_de_conducir', 'carnet_de_conducir', 'patente_di_guida', 'rijbewijs',
    'rijbewijsnummer', 'carta_de_conducao', 'carteira_de_motorista', 'cnh',
    { raw: 'DRIVERS', dataset: 'patients' }, 'license_number',
  ].map((name) => ({ name, category })),
  invalid: [
    'drivers_license_expiry', 'drivers_license_state', 'license_type', 'drivers_count', 'has_drivers_license',
    'driver_id', 'driver', 'license_key', 'license', 'drivers_license_class',
  ],
});
