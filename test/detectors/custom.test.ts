// Detectors declared in datamin.yaml, compiled (issue 28): names with negative context, values
// through a pattern and a validator, and what makes a declaration invalid.
import { describe, expect, it } from 'vitest';
import { compileCustomDetector, CustomDetectorError, MAX_CUSTOM_VALUE_LENGTH } from '../../src/detectors/custom.js';
import type { CustomDetectorSpec } from '../../src/model/detector.js';
import { toFieldName } from '../../src/util/tokenize.js';
import { classifyField } from '../../src/classify/classify-field.js';
import { valueDetectors } from '../../src/detectors/index.js';
import type { EvidenceItem } from '../../src/model/result.js';
import { cpf, wrongLastDigit } from '../helpers/check-digits.js';

const SPEC: CustomDetectorSpec = {
  id: 'br-cpf',
  label: 'Brazilian CPF',
  category: 'government.national_id',
  names: ['cpf', 'cadastro pessoa fisica'],
  notNames: ['mae'],
  pattern: '^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$',
  validator: 'stdnum:br.cpf',
};

describe('a declared name detector', () => {
  const { name } = compileCustomDetector(SPEC);
  const matches = (field: string): boolean => name!.match(toFieldName(field)) !== undefined;

  it.each(['cpf', 'cpfCliente', 'cliente_cpf', 'numero_cadastro_pessoa_fisica', 'CadastroPessoaFisica'])('matches %s', (field) => {
    expect(matches(field)).toBe(true);
  });

  it.each(['cpf_count', 'cpf_verified', 'is_cpf', 'num_cpf', 'cpf_mae', 'cadastro_pessoa', 'cpfs', 'xcpf'])('does not match %s', (field) => {
    expect(matches(field)).toBe(false);
  });

  it('says which phrase matched, under its id and label', () => {
    expect(name).toMatchObject({ id: 'br-cpf', label: 'Brazilian CPF', kind: 'name', categories: ['government.national_id'] });
    expect(name!.match(toFieldName('cpf_titular'))).toEqual({ category: 'government.national_id', confidence: 0.9, reason: 'name has "cpf"' });
  });
});

describe('a declared value detector', () => {
  const { value } = compileCustomDetector(SPEC);

  it('matches valid CPFs as written, with or without punctuation and around spaces', () => {
    for (const v of [cpf(111_444_777), cpf(529_982_247).replace(/\D/g, ''), ` ${cpf(1)} `]) expect(value!.match(v), v).toEqual({ category: 'government.national_id' });
  });

  it('rejects wrong check digits, other shapes and over-long values', () => {
    for (const v of [wrongLastDigit(cpf(111_444_777)), '111-444-777.35', '', 'x'.repeat(MAX_CUSTOM_VALUE_LENGTH + 1)]) expect(value!.match(v), v).toBeUndefined();
  });

  it('defaults its strength by whether a validator checks the values', () => {
    expect(value!.strength).toBe(0.9);
    expect(compileCustomDetector({ ...SPEC, validator: undefined }).value!.strength).toBe(0.5);
    expect(compileCustomDetector({ ...SPEC, strength: 0.7 }).value!.strength).toBe(0.7);
  });

  it('is a name detector only without pattern and validator, a value detector only without names', () => {
    expect(Object.keys(compileCustomDetector({ ...SPEC, pattern: undefined, validator: undefined }))).toEqual(['name']);
    expect(Object.keys(compileCustomDetector({ ...SPEC, names: undefined }))).toEqual(['value']);
  });
});

describe('an invalid declaration', () => {
  const failure = (spec: Partial<CustomDetectorSpec>): CustomDetectorError => {
    try {
      compileCustomDetector({ ...SPEC, ...spec });
    } catch (error) {
      if (error instanceof CustomDetectorError) return error;
      throw error;
    }
    throw new Error('compiled');
  };

  it('names the key at fault', () => {
    expect(failure({ pattern: '(a+)+$' }).key).toBe('pattern');
    expect(failure({ pattern: '[' }).key).toBe('pattern');
    expect(failure({ validator: 'mod-11' }).key).toBe('validator');
    expect(failure({ names: ['--'] }).key).toBe('names');
  });
});

describe('a declared detector takes the same declarations as a built-in one', () => {
  // SNOMED CT concept ids (partition 00 or 10, Verhoeff digit): a declared detector of 6 to 18
  // digits matches every one of them.
  const snomed = ['428211000124100', '195967001', '44054006', '38341003', '22298006'];
  const digits: CustomDetectorSpec = { id: 'x-member', label: 'Member number', category: 'government.national_id', pattern: '^\\d{6,18}$', strength: 0.9 };
  const categoriesOf = (spec: CustomDetectorSpec): string[] => {
    const values = Array.from({ length: 40 }, (_, i) => snomed[i % snomed.length]);
    const detectors = { name: [], value: [...valueDetectors, compileCustomDetector(spec).value!] };
    return classifyField(toFieldName('c7'), values, { detectors, showValues: false }).map((m) => m.id);
  };

  it('weak_check: a column mostly of SNOMED CT concept ids overrules a weak check, as it does the built-in Aadhaar', () => {
    expect(compileCustomDetector({ ...digits, weakCheck: true }).value!.weakCheck).toBe(true);
    expect(categoriesOf(digits)).toContain('government.national_id');
    expect(categoriesOf({ ...digits, weakCheck: true })).not.toContain('government.national_id');
  });

  it('canonical_format: a named column whose values never pass contradicts the name', () => {
    const spec: CustomDetectorSpec = { id: 'x-code', label: 'Member code', category: 'government.national_id', names: ['member code'], pattern: '^M\\d{8}$' };
    const values = Array.from({ length: 40 }, (_, i) => `note ${i}`);
    const contradictions = (s: CustomDetectorSpec): number => {
      const compiled = compileCustomDetector(s);
      const detectors = { name: [compiled.name!], value: [compiled.value!] };
      const evidence: EvidenceItem[] = [];
      classifyField(toFieldName('member_code'), values, { detectors, showValues: false }, undefined, evidence);
      return evidence.filter((e) => e.feature === 'value.contradicts-name').length;
    };
    expect(contradictions(spec)).toBe(0);
    expect(contradictions({ ...spec, canonicalFormat: true })).toBe(1);
  });
});
