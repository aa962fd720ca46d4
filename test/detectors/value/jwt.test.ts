// Tests for the JWT value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/jwt.js';

testValueDetector(detector, {
  valid: [
    { value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', category: 'credentials.secret' },
    { value: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjMifQ.', category: 'credentials.secret' },
  ],
  invalid: ['eyJhbGciOiJIUzI1NiJ9', 'eyJhbGciOiJIUzI1NiJ9.notjson.sig', 'abc.def.ghi', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig=bad'],
});
