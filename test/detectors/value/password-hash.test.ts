// Tests for the password-hash value detector: prefixed formats only, never bare digests.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/password-hash.js';

testValueDetector(detector, {
  valid: [
    { value: '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', category: 'credentials.password' },
    { value: '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', category: 'credentials.password' },
    { value: '$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E', category: 'credentials.password' },
    { value: '$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7', category: 'credentials.password' },
    { value: 'pbkdf2_sha256$600000$hFxBQq7jWfyg1mCbuNgfL2$XbyIt6jOSDiS6Q9HNH3VIzfOCgBybdYQhKQ+q5kCm/k=', category: 'credentials.password' },
    { value: '$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1', category: 'credentials.password' },
    { value: '$1$saltsalt$qjXMvbEw8oaL.CzflDugX/', category: 'credentials.password' },
  ],
  invalid: [
    '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '5f4dcc3b5aa765d61d8327deb882cf99',
    '$2b$12$tooshort', 'password123', 'pbkdf2_sha256$abc$def$ghi', '$6$salt$tooshorthash',
    '$argon2id$v=19$m=65536$c29tZXNhbHQ$RdescudvJCsgt3ub', '550e8400-e29b-41d4-a716-446655440000',
  ],
});
