// Tests for the shared validators in src/detectors/validators: known vectors, and randomized
// agreement with independent implementations (BigInt arithmetic, stdnum).
import { describe, expect, it } from 'vitest';
import stdnumPkg from 'stdnum';
import { codiceFiscaleCheckChar } from '../../../src/detectors/validators/codice-fiscale.js';
import { passesBsnElevenTest } from '../../../src/detectors/validators/eleven-test.js';
import { isEmailAddress } from '../../../src/detectors/validators/email-syntax.js';
import { spanishControlLetter } from '../../../src/detectors/validators/es-control-letter.js';
import { nirKey } from '../../../src/detectors/validators/fr-nir-key.js';
import { icaoCheckDigit } from '../../../src/detectors/validators/icao-check-digit.js';
import { iso7064Mod11_10 } from '../../../src/detectors/validators/iso7064-mod11-10.js';
import { isLuhnValid } from '../../../src/detectors/validators/luhn.js';
import { mod97 } from '../../../src/detectors/validators/mod97.js';
import { paymentCardBrand } from '../../../src/detectors/validators/payment-card.js';
import { isPhoneNumber } from '../../../src/detectors/validators/phone-number.js';
import { isAssignableSsn } from '../../../src/detectors/validators/us-ssn.js';

const { stdnum } = stdnumPkg;

/** Deterministic pseudo-random digits (mulberry32), so failures reproduce. */
function digitsSource(seed: number): (length: number) => string {
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (length) => Array.from({ length }, () => String(Math.floor(next() * 10))).join('');
}

/** Textbook Luhn, written differently from the validator. */
function referenceLuhn(digits: string): boolean {
  const sum = [...digits].reverse().reduce((acc, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return sum % 10 === 0;
}

describe('luhn', () => {
  it('accepts known card numbers and skips grouping', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111 1111-1111 1111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('41111111x1111111')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });
  it('agrees with a reference implementation', () => {
    const random = digitsSource(1);
    for (let i = 0; i < 2000; i++) {
      const n = random(16);
      expect(isLuhnValid(n), n).toBe(referenceLuhn(n));
    }
  });
});

describe('payment card brand', () => {
  it('names brands of test PANs and rejects unknown ranges', () => {
    expect(paymentCardBrand('4111111111111111')).toBe('visa');
    expect(paymentCardBrand('5555555555554444')).toBe('mastercard');
    expect(paymentCardBrand('378282246310005')).toBe('american-express');
    expect(paymentCardBrand('4111111111111112')).toBeUndefined();
    expect(paymentCardBrand('5555555555554444'.slice(0, 15))).toBeUndefined();
    expect(paymentCardBrand('9783161484100')).toBeUndefined();
  });
});

describe('mod97', () => {
  it('agrees with BigInt arithmetic', () => {
    const random = digitsSource(2);
    for (let i = 0; i < 500; i++) {
      const n = random(30);
      expect(mod97(n)).toBe(Number(BigInt(n) % 97n));
    }
    expect(mod97('12a')).toBe(-1);
  });
});

describe('national id checks agree with stdnum', () => {
  const random = digitsSource(3);
  it('BSN 11-test', () => {
    for (let i = 0; i < 3000; i++) {
      const n = random(9);
      expect(passesBsnElevenTest(n), n).toBe(stdnum.NL.bsn.validate(n).isValid);
    }
  });
  it('DNI control letter', () => {
    for (let i = 0; i < 300; i++) {
      const n = random(8);
      expect(stdnum.ES.dni.validate(n + spanishControlLetter(Number(n))).isValid).toBe(true);
    }
  });
  it('NIR key', () => {
    for (let i = 0; i < 300; i++) {
      const body = '1' + random(2) + '05' + random(8);
      const key = String(nirKey(body)).padStart(2, '0');
      expect(stdnum.FR.nir.validate(body + key).isValid, body).toBe(true);
    }
  });
  it('Steuer-ID check digit', () => {
    expect(iso7064Mod11_10('3657426180')).toBe(9);
    for (let i = 0; i < 300; i++) {
      // A shuffled 1..9,0 with its last digit replaced by the second: one digit twice, one missing.
      const digits = '1234567890'.split('');
      for (let j = digits.length - 1; j > 0; j--) {
        const k = Number(random(2)) % (j + 1);
        [digits[j], digits[k]] = [digits[k], digits[j]];
      }
      if (digits[0] === '0') [digits[0], digits[5]] = [digits[5], digits[0]];
      digits[9] = digits[1];
      const body = digits.join('');
      const check = iso7064Mod11_10(body);
      expect(stdnum.DE.idnr.validate(body + String(check)).isValid, body).toBe(true);
      expect(stdnum.DE.idnr.validate(body + String((check + 1) % 10)).isValid, body).toBe(false);
    }
  });
  it('codice fiscale check letter', () => {
    expect(codiceFiscaleCheckChar('RSSMRA85T10A562')).toBe('S');
    expect(codiceFiscaleCheckChar('short')).toBe('');
    for (const body of ['MRTMTT25D09F205', 'BNCGVN80A41H501', 'VRDLGU70E12L219']) {
      expect(stdnum.IT.codicefiscale.validate(body + codiceFiscaleCheckChar(body)).isValid, body).toBe(true);
    }
  });
});

describe('ICAO 9303 check digit', () => {
  it('matches the specimen passport', () => {
    const line = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
    expect(icaoCheckDigit(line, 0, 9)).toBe(6);
    expect(icaoCheckDigit(line, 13, 19)).toBe(2);
    expect(icaoCheckDigit(line, 21, 27)).toBe(9);
    expect(icaoCheckDigit('ab', 0, 2)).toBe(-1);
  });
});

describe('US SSN assignment rules', () => {
  it('rejects never-assigned areas, groups, serials and advertising numbers', () => {
    expect(isAssignableSsn(536, 22, 1234)).toBe(true);
    expect(isAssignableSsn(666, 22, 1234)).toBe(false);
    expect(isAssignableSsn(950, 22, 1234)).toBe(false);
    expect(isAssignableSsn(536, 0, 1234)).toBe(false);
    expect(isAssignableSsn(536, 22, 0)).toBe(false);
    expect(isAssignableSsn(78, 5, 1120)).toBe(false);
  });
});

describe('email syntax on a span', () => {
  it('checks only the given range', () => {
    const text = 'x jane@example.com y';
    expect(isEmailAddress(text, 2, 18)).toBe(true);
    expect(isEmailAddress(text, 0, 18)).toBe(false);
  });
});

describe('phone number', () => {
  it('accepts bare trunk numbers only when asked', () => {
    expect(isPhoneNumber('0612345678', 0, 10, true)).toBe(true);
    expect(isPhoneNumber('0612345678', 0, 10, false)).toBe(false);
  });
});
