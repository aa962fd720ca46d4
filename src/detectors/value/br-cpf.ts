// Value detector: a Brazilian CPF (Cadastro de Pessoas Físicas, Receita Federal): eleven digits,
// bare or as NNN.NNN.NNN-NN, the last two mod-11 check digits over weights 10..2 and 11..2. It is
// the taxpayer register and the number a Brazilian is known by: government.national_id, as
// docs/labelling.md files it (a tax id accepted). It carries no date: one random number in a
// hundred passes, so the strength lets a column count only when most of
// its values pass; numbers of one repeated digit pass the checks and are refused.
import type { ValueDetector } from '../../model/index.js';
import { allDigits } from '../validators/birth-date.js';

/** NNN.NNN.NNN-NN → the eleven digits, or the value itself when already bare. */
function bareDigits(value: string): string | undefined {
  if (value.length === 11) return value;
  if (value.length !== 14 || value[3] !== '.' || value[7] !== '.' || value[11] !== '-') return undefined;
  return value.slice(0, 3) + value.slice(4, 7) + value.slice(8, 11) + value.slice(12);
}

function checkDigit(digits: string, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (digits.charCodeAt(i) - 48) * (count + 1 - i);
  return ((sum * 10) % 11) % 10;
}

export function isCpf(value: string): boolean {
  const digits = bareDigits(value);
  if (digits === undefined || !allDigits(digits) || digits === digits[0].repeat(11)) return false;
  return checkDigit(digits, 9) === digits.charCodeAt(9) - 48 && checkDigit(digits, 10) === digits.charCodeAt(10) - 48;
}

const detector: ValueDetector = {
  id: 'br-cpf',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Brazilian individual taxpayer number (CPF) with both check digits.',
  scope: 'whole',
  strength: 0.7,
  prefilter: (value) => value.length === 11 || value.length === 14,
  match: (value) => (isCpf(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
