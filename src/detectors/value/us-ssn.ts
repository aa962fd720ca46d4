// Value detector: a US Social Security number written AAA-GG-SSSS (or with spaces), with the
// SSA's assignment rules (ssa.gov/employer/randomization.html; POMS RM 10201.035): area not
// 000, 666 or 900-999, group not 00, serial not 0000, and not a known advertising number.
import type { ValueDetector } from '../../model/index.js';
import { isAssignableSsn } from '../validators/us-ssn.js';

const GROUPED = /^(\d{3})([- ])(\d{2})\2(\d{4})$/;

const detector: ValueDetector = {
  id: 'us-ssn',
  kind: 'value',
  categories: ['government.ssn'],
  description: 'US Social Security number in AAA-GG-SSSS form with valid area, group and serial.',
  scope: 'whole',
  strength: 0.85,
  prefilter: (value) => value.length === 11 && (value.charCodeAt(3) === 45 || value.charCodeAt(3) === 32),
  match(value) {
    const ssn = value.length === 11 ? GROUPED.exec(value) : null;
    if (ssn === null) return undefined;
    return isAssignableSsn(Number(ssn[1]), Number(ssn[3]), Number(ssn[4])) ? { category: 'government.ssn' } : undefined;
  },
};

export default detector;
