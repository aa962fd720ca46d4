// The check-digit validators a datamin.yaml detector can name (issue 28), on published examples.
import { describe, expect, it } from 'vitest';
import { NAMED_VALIDATORS, namedValidator } from '../../../src/detectors/validators/named.js';

/** A decimal number ≡ 1 (mod 97), the ISO 7064 MOD 97-10 condition. */
const MOD97_VALID = String(123456789012345678n * 97n + 1n);

const cases: Record<string, { valid: string[]; invalid: string[] }> = {
  // Damm (2004): 572 → check digit 4 (the worked example of the algorithm).
  damm: { valid: ['5724', '572-4'], invalid: ['5723', 'abc4'] },
  // ORCID iDs use ISO 7064 MOD 11-2 (orcid.org support: structure of the ORCID identifier).
  'iso7064-mod11-2': { valid: ['0000-0002-1825-0097', '0000-0002-1694-233X'], invalid: ['0000-0002-1825-0098', '0000-0002-1694-2330'] },
  // The BZSt's sample Steuer-ID (§ 139b AO) carries an ISO 7064 MOD 11,10 check digit.
  'iso7064-mod11-10': { valid: ['86095742719'], invalid: ['86095742718'] },
  // ISO/IEC 7812-1 Annex B worked example.
  luhn: { valid: ['79927398713', '4111 1111 1111 1111'], invalid: ['79927398710', '4111-1111-1111-1112'] },
  mod97: { valid: [MOD97_VALID], invalid: [String(BigInt(MOD97_VALID) + 1n), 'x97'] },
  // Verhoeff (1969): 236 → check digit 3.
  verhoeff: { valid: ['2363'], invalid: ['2364'] },
  // stdnum: Brazil's CPF and Poland's PESEL, from their registries' published examples.
  'stdnum:br.cpf': { valid: ['111.444.777-35', '11144477735'], invalid: ['111.444.777-36'] },
  'stdnum:pl.pesel': { valid: ['44051401359'], invalid: ['44051401358'] },
};

describe('named validators', () => {
  it('cover every validator the schema documents', () => {
    expect(Object.keys(NAMED_VALIDATORS).sort()).toEqual(Object.keys(cases).filter((k) => !k.startsWith('stdnum:')).sort());
  });

  for (const [name, { valid, invalid }] of Object.entries(cases)) {
    describe(name, () => {
      const validate = namedValidator(name)!;
      it.each(valid)('accepts %s', (value) => expect(validate(value)).toBe(true));
      it.each(invalid)('rejects %s', (value) => expect(validate(value)).toBe(false));
    });
  }

  it.each(['stdnum:br.cfp', 'stdnum:../../x', 'stdnum:br', 'modulo-11', 'toString'])('knows no validator %s', (name) => {
    expect(namedValidator(name)).toBeUndefined();
  });
});
