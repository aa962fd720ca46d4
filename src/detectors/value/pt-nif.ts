// Value detector: a Portuguese tax number of a person (Número de Identificação Fiscal, Autoridade
// Tributária): nine digits, optionally after PT, written in groups of three with spaces or dots,
// the last a mod-11 check digit (stdnum pt.nif). The first digit 1-3 marks a natural person (5-9
// are companies and public bodies, which are not personal data). One number in eleven passes and
// it carries no date: a weak check, counting only when most of a column passes.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^(?:PT ?)?[1-3]\d{2}([ .]?)\d{3}\1\d{3}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/pt/nif.js'));

export function isPersonalNif(value: string): boolean {
  const upper = value.toUpperCase();
  return SHAPE.test(upper) && valid(upper.replace(/^PT/, '').replace(/[ .]/g, ''));
}

const detector: ValueDetector = {
  id: 'pt-nif',
  kind: 'value',
  categories: ['government.tax_id'],
  description: "Portuguese person's tax number (NIF): nine digits, first 1-3, mod-11 check; weak without a name.",
  scope: 'whole',
  strength: 0.55,
  weakCheck: true,
  prefilter: (value) => value.length >= 9 && value.length <= 14,
  match: (value) => (isPersonalNif(value) ? { category: 'government.tax_id' } : undefined),
};

export default detector;
