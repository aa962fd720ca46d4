// Value detector: an IAB TCF consent string (`euconsent-v2` cookie, `gdpr_consent` parameter),
// the record of what a visitor agreed to. The header check (validators/tcf-string.ts) makes it
// specific enough to decide alone.
import type { ValueDetector } from '../../model/index.js';
import { isTcfConsentString } from '../validators/tcf-string.js';

/** Base64url segments joined by dots; v2 strings begin `C` (version 2), v1 strings `B`. */
const SHAPE = /^[BC][A-Za-z0-9_-]{19,}(?:\.[A-Za-z0-9_-]+)*$/;

const detector: ValueDetector = {
  id: 'tcf-consent-string',
  kind: 'value',
  categories: ['consent.record'],
  description: 'IAB Transparency & Consent Framework consent string (TC string, v1 or v2), header checked.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length >= 20 && (value.charCodeAt(0) === 66 || value.charCodeAt(0) === 67),
  match(value) {
    return SHAPE.test(value) && isTcfConsentString(value) ? { category: 'consent.record' } : undefined;
  },
};

export default detector;
