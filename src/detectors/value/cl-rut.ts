// Value detector: a Chilean RUN/RUT (Rol Único Nacional or Tributario, Servicio de Registro
// Civil and SII): seven or eight digits and a mod-11 check character (0-9 or K), written
// 12.345.678-5, 12345678-5 or bare, K in either case (stdnum cl.rut on the bare form). A
// person's RUN is below 50 million (companies' RUTs start at 50.000.000). One number in eleven
// passes: a weak check, counting only when most of a column passes.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^(\d{1,2})(\.?)(\d{3})\2(\d{3})-?([\dK])$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/cl/rut.js'));

export function isPersonalRut(value: string): boolean {
  const m = SHAPE.exec(value.toUpperCase());
  if (m === null) return false;
  const body = `${m[1]}${m[3]}${m[4]}`;
  if (body.length === 8 && Number(body) >= 50_000_000) return false;
  return valid(body + m[5]);
}

const detector: ValueDetector = {
  id: 'cl-rut',
  kind: 'value',
  categories: ['government.national_id'],
  description: "Chilean RUN/RUT of a person: seven or eight digits and a mod-11 check character (0-9, K); weak without a name.",
  scope: 'whole',
  strength: 0.55,
  weakCheck: true,
  prefilter: (value) => value.length >= 8 && value.length <= 12,
  match: (value) => (isPersonalRut(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
