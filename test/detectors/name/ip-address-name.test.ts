// Table tests for the ip-address-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/ip-address-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'online.ip_address' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'ip', 'IP', 'ip_address', 'ipAddress', 'userIPAddress', 'ipv4', 'ipv6_address', 'remote_addr', 'client_ip', 'client_address', 'peer_address',
    'x-forwarded-for', 'last_ip', 'IP-Adresse', 'adresse_ip', 'direccion_ip', 'indirizzo_ip', 'ip-adres',
    'endereco_ip', 'request.ip.address', { raw: 'ip', type: 'bigint' },
  ].map((name) => ({ name, category })),
  invalid: [
    'ip_version', 'ip_country', 'zip', 'ship', 'ips_count', 'has_ip', 'ip_lookup', 'ip_geolocation', 'ip_type',
    'tip', 'description',
    // A client's numbered or billing address is a postal address's line.
    'client_address_1', 'clientAddress2', 'client_billing_address',
  ],
});
