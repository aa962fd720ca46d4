// Performance guard: every detector must finish quickly on 1 MB adversarial strings (no
// catastrophic backtracking, no quadratic scans), with and without its prefilter.
import { describe, expect, it } from 'vitest';
import { valueDetectors } from '../../../src/detectors/value/index.js';

const ADVERSARIAL: Record<string, string> = {
  letters: 'a'.repeat(1e6),
  digits: '1'.repeat(1e6),
  'at-signs': 'a@'.repeat(5e5),
  'digit-dashes': '1-'.repeat(5e5),
  'digit-spaces': '4 '.repeat(5e5),
  'dotted-digits': '1.'.repeat(5e5),
  'email-ish': 'a.b@c.'.repeat(166_667),
  'hex-colons': 'ab:'.repeat(333_334),
  'jwt-ish': 'eyJ' + 'a'.repeat(1e6),
  'hash-ish': '$2b$12$' + 'a'.repeat(1e6),
  'mozilla-ish': 'Mozilla/5.0 (' + 'a'.repeat(1e6),
  'plus-digits': '+4'.repeat(5e5),
};

const LIMIT_MS = 200;

describe('adversarial 1 MB inputs', () => {
  for (const detector of valueDetectors) {
    it(`${detector.id} stays under ${LIMIT_MS} ms per call`, () => {
      for (const [name, value] of Object.entries(ADVERSARIAL)) {
        const started = performance.now();
        detector.prefilter?.(value);
        detector.match(value);
        const elapsed = performance.now() - started;
        expect(elapsed, `${detector.id} on ${name}`).toBeLessThan(LIMIT_MS);
      }
    });
  }
});
