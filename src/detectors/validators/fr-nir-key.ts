// The key of the French NIR (INSEE, "Le numéro d'inscription au répertoire"): 97 minus the
// first 13 digits modulo 97, with Corsica's departments 2A and 2B counted as 19 and 18.
import { mod97 } from './mod97.js';

/** The two-digit key for the first 13 characters of a NIR, or -1 if they are malformed. */
export function nirKey(first13: string): number {
  if (first13.length !== 13) return -1;
  const digits = first13.replace('2A', '19').replace('2B', '18');
  const remainder = mod97(digits);
  return remainder < 0 ? -1 : 97 - remainder;
}
