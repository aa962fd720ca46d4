// Tests for the tcf-consent-string value detector: TCF v2 and v1 strings from the IAB examples,
// and base64 look-alikes whose header does not parse.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/tcf-consent-string.js';

const category = 'consent.record' as const;

testValueDetector(detector, {
  valid: [
    { value: 'COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAAAAAAAA', category },
    { value: 'CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA', category },
    { value: 'CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA', category },
    { value: 'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA', category },
  ],
  invalid: [
    'CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'Cj0KCQjw1234567890abcdefghijklmnopqrstuvwxyz', 'Customer since 2019 with notes',
    'CPXxRfAPXxRfAAfKABENB+CgAAAAAAAAAAYgAAAAAAAA', 'C////////////////////////////////',
  ],
});
