// Table tests for the mac-address-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/mac-address-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'online.mac_address' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'mac', 'mac_address', 'macAddress', 'MAC', 'hw_addr', 'hardware_address', 'bssid', 'MAC-Adresse',
    'adresse_mac', 'direccion_mac', 'indirizzo_mac', 'mac_adres', 'endereco_mac', 'device.mac.address',
  ].map((name) => ({ name, category })),
  invalid: [
    'mac_os_version', 'mac_key', 'hmac', 'mac_algorithm', 'macbook', 'is_mac', 'mac_address_type', 'machine',
    'mac_length', { raw: 'mac', type: 'integer' },
  ],
});
