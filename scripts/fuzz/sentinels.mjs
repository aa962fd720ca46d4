// Planted personal values for the fuzz script: unique per input, so a value found in an output
// can only have come from that input, and valid enough that datamin's detectors take them.

const GIVEN = ['Maria', 'Jonas', 'Aylin', 'Søren', 'Chloé', 'Mateo', 'Giulia', 'Sven', 'Ana', 'Pieter'];
const LETTERS = 'bcdfghjklmnpqrstvwxz';
const VOWELS = 'aeiou';

/** Luhn check digit of a digit string (ISO/IEC 7812-1 Annex B). */
export function luhnCheckDigit(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Sentinel factories for input `id`, drawing on `random` (a seeded PRNG). */
export function sentinels(id, random) {
  const pick = (items) => items[Math.floor(random() * items.length)];
  const digits = (n) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
  // A made-up surname: consonant-vowel pairs, so it is pronounceable, never a real word by chance.
  const surname = () => {
    let s = '';
    for (let i = 0; i < 4; i++) s += pick(LETTERS) + pick(VOWELS);
    return s[0].toUpperCase() + s.slice(1) + 'x';
  };
  let serial = 0;
  const next = () => `${id.toString(36)}${(serial++).toString(36)}`;
  return {
    email: () => `fz${next()}.${surname().toLowerCase()}@example.org`,
    card: () => {
      const body = '4' + digits(14);
      const card = body + luhnCheckDigit(body);
      return random() < 0.5 ? card : card.replace(/(\d{4})(?=\d)/g, '$1 ');
    },
    // Ofcom's drama range (020 7946 0000–0999): never a real line.
    phone: () => (random() < 0.5 ? `+44 20 7946 0${digits(3)}` : `+442079460${digits(3)}`),
    name: () => `${pick(GIVEN)} ${surname()}`,
    surname,
  };
}
