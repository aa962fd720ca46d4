// Value detector: a Croatian personal identification number (osobni identifikacijski broj, OIB
// Act, NN 60/08): eleven digits, optionally after HR, the last an ISO 7064 MOD 11,10 check digit
// (stdnum hr.oib). One number in ten passes and it carries no date: a weak check, counting only
// when most of a column passes. A German Steuer-ID has the same length and the same check digit,
// so a column whose numbers mostly follow the Steuer-ID's digit rule (one digit of the first ten
// repeated; a random number does one time in fifty) is German tax ids, not OIBs.
import type { ValueDetector } from '../../model/index.js';
import { hasValidRepetition } from './de-steuer-id.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^(?:HR)?\d{11}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/hr/oib.js'));
/** Share of a column's OIB matches following the Steuer-ID digit rule from which they are Steuer-IDs. */
const STEUER_ID_SHARE = 0.5;

export function isOib(value: string): boolean {
  const upper = value.toUpperCase();
  return SHAPE.test(upper) && valid(upper.replace(/^HR/, ''));
}

const detector: ValueDetector = {
  id: 'hr-oib',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Croatian personal identification number (OIB): eleven digits, ISO 7064 MOD 11,10 check; weak without a name.',
  scope: 'whole',
  strength: 0.55,
  weakCheck: true,
  prefilter: (value) => value.length === 11 || value.length === 13,
  match: (value) => (isOib(value) ? { category: 'government.national_id' } : undefined),
  column(values) {
    let oibs = 0;
    let steuer = 0;
    for (const raw of values) {
      const v = raw.trim();
      if (!isOib(v)) continue;
      oibs++;
      if (v[0] !== '0' && /^\d{11}$/.test(v) && hasValidRepetition(v)) steuer++;
    }
    return oibs > 0 && steuer / oibs >= STEUER_ID_SHARE ? 'most follow the German Steuer-ID digit rule, which shares the check digit: German tax ids, not OIBs' : undefined;
  },
};

export default detector;
