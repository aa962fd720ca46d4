// Value detector (weak): nine bare digits that satisfy the SSA's SSN assignment rules. Most
// 9-digit numbers pass, so a column of them proves little until the name agrees.
import type { ValueDetector } from '../../model/index.js';
import { isAssignableSsn } from '../validators/us-ssn.js';

const BARE = /^\d{9}$/;

const detector: ValueDetector = {
  id: 'us-ssn-bare',
  kind: 'value',
  categories: ['government.ssn'],
  description: 'Nine digits that are an assignable US SSN; weak without a name.',
  scope: 'whole',
  strength: 0.3,
  weakCheck: true,
  prefilter: (value) => value.length === 9,
  match(value) {
    if (value.length !== 9 || !BARE.test(value)) return undefined;
    const n = Number(value);
    const area = Math.floor(n / 1000000);
    const group = Math.floor(n / 10000) % 100;
    return isAssignableSsn(area, group, n % 10000) ? { category: 'government.ssn' } : undefined;
  },
};

export default detector;
