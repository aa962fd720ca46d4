// Identifiers with valid check digits, generated in the tests so no real person's number is needed.

/** A Brazilian CPF for the 9-digit base `n`, with both mod-11 check digits, written `123.456.789-09`. */
export function cpf(n: number): string {
  const d = String(n % 1_000_000_000).padStart(9, '0').split('').map(Number);
  for (const length of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += d[i] * (length + 1 - i);
    d.push(((sum * 10) % 11) % 10);
  }
  const t = d.join('');
  return `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}`;
}

/** The same value with its last digit changed: the check fails. */
export function wrongLastDigit(value: string): string {
  const last = Number(value[value.length - 1]);
  return value.slice(0, -1) + String((last + 1) % 10);
}
