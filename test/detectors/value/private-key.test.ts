// Tests for the PEM private key value detector (headers assembled at run time for scanners).
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/private-key.js';

const begin = (label: string): string => '-----' + 'BEGIN ' + label + '-----';

testValueDetector(detector, {
  valid: [
    { value: begin('RSA PRIVATE KEY') + '\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----', category: 'credentials.secret' },
    { value: begin('PRIVATE KEY') + '\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC', category: 'credentials.secret' },
    { value: begin('OPENSSH PRIVATE KEY'), category: 'credentials.secret' },
    { value: begin('PGP PRIVATE KEY BLOCK'), category: 'credentials.secret' },
  ],
  invalid: [begin('PUBLIC KEY') + '\nMIIBIjANBgkq', begin('CERTIFICATE'), 'BEGIN PRIVATE KEY', 'private key: none'],
});
