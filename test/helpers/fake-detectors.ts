// Two minimal value detectors for profiler and tally tests: one whole-value, one embedded.
import type { ValueDetector } from '../../src/model/detector.js';
import { customDetectorId } from '../../src/model/detector-ids.js';

/** Whole-value: a value made of digits only. */
export const digitsOnly: ValueDetector = {
  id: customDetectorId('digits-only'),
  kind: 'value',
  categories: ['government.national_id'],
  description: 'test: a value of digits',
  scope: 'whole',
  strength: 0.9,
  match: (value) => (/^\d+$/.test(value) ? { category: 'government.national_id' } : undefined),
};

/** Embedded: the two characters around an @ inside a longer text. */
export const embeddedAt: ValueDetector = {
  id: customDetectorId('embedded-at'),
  kind: 'value',
  categories: ['contact.email'],
  description: 'test: an @ inside text',
  scope: 'embedded',
  strength: 0.9,
  match: (value) => {
    const at = value.indexOf('@');
    return at > 0 ? { category: 'contact.email', start: at - 1, end: at + 1 } : undefined;
  },
};
