// Tests for the api-key value detector. Sample keys are assembled at run time so that secret
// scanners do not flag this file; none of them is a real key.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/api-key.js';

const filler = (n: number): string => 'Ab3x'.repeat(Math.ceil(n / 4)).slice(0, n);

testValueDetector(detector, {
  valid: [
    { value: 'AKIA' + 'IOSFODNN7EXAMPLE', category: 'credentials.secret' },
    { value: 'ghp_' + filler(36), category: 'credentials.secret' },
    { value: 'github_pat_' + filler(82), category: 'credentials.secret' },
    { value: 'sk_' + 'live_' + filler(24), category: 'credentials.secret' },
    { value: 'xox' + 'b-' + '123456789012-123456789012-' + filler(24), category: 'credentials.secret' },
    { value: 'AI' + 'za' + filler(35), category: 'credentials.secret' },
  ],
  invalid: [
    'AKIA' + 'IOSFODNN7EXAMPL', 'ghp_' + filler(20), 'sk_' + 'test_' + filler(24), 'AKIA' + 'iosfodnn7example',
    '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'SKU-4411-BLK-0000000000',
    '550e8400-e29b-41d4-a716-446655440000',
  ],
});
