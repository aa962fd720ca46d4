// Tests for the email value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/email.js';

testValueDetector(detector, {
  valid: [
    { value: 'jane.doe@example.com', category: 'contact.email' },
    { value: 'j.o.h.n+newsletter@mail.example.co.uk', category: 'contact.email' },
    { value: 'JÖRG@müller.de', category: 'contact.email' },
    { value: "o'brien@example.ie", category: 'contact.email' },
    { value: 'user@xn--mller-kva.de', category: 'contact.email' },
  ],
  invalid: [
    'jane.doe@example', 'jane@@example.com', '.jane@example.com', 'jane.@example.com', 'ja..ne@example.com',
    'jane@-example.com', 'jane@example-.com', 'jane@example.c', 'jane@example.123', '@example.com',
    'jane doe@example.com', 'mailto:', 'ORD-2024-000123', 'a@b.c', 'jane@exa_mple.com',
  ],
});
