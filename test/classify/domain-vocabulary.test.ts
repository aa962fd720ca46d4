// Domain vocabularies and abbreviations (issue 21, part 2): clinical measurements and lab values,
// diagnoses, medication, HR and finance, in at least ten languages.
import { describe, expect, it } from 'vitest';
import { HEALTH, TRADE_UNION } from '../../src/detectors/lexicon/special.js';
import { BANK_ACCOUNT, CARD_NUMBER } from '../../src/detectors/lexicon/financial.js';
import type { Lexicon } from '../../src/detectors/lexicon/types.js';
import { categoriesOf } from './context-helpers.js';

function languages(lex: Lexicon): Set<string> {
  return new Set(lex.spec.terms.flatMap((t) => Object.entries(t.say).filter(([, list]) => (list?.length ?? 0) > 0).map(([l]) => l)));
}

describe('domain vocabularies', () => {
  it.each([
    ['special.health', HEALTH], ['special.trade_union', TRADE_UNION], ['financial.bank_account', BANK_ACCOUNT], ['financial.card_number', CARD_NUMBER],
  ] as const)('%s is named in at least ten languages', (_, lex) => {
    expect(languages(lex).size).toBeGreaterThanOrEqual(10);
  });
  it.each([
    // clinical measurements and lab values
    'systolic_bp_mmhg', 'heart_rate', 'hba1c', 'ldl_cholesterol', 'Blutdruck', 'glycemie', 'presion_arterial', 'emoglobina', 'bloeddruk',
    'pressao_arterial', 'cisnienie_krwi', 'blodtryck', 'blodsukker', 'kan_sekeri', 'nabiz',
    // diagnoses and medication
    'diagnoza', 'diagnos', 'lakemedel', 'tani_kodu', 'ilac', 'sygdom',
    // HR
    'sjukskrivning', 'zwolnienie_lekarskie', 'sygemelding',
  ])('%s is health data', (raw) => {
    expect(categoriesOf(raw)).toContain('special.health');
  });
  it.each(['fagforening', 'sendika_uyeligi', 'zwiazek_zawodowy', 'fackforening'])('%s is trade-union membership', (raw) => {
    expect(categoriesOf(raw)).toContain('special.trade_union');
  });
  it.each(['numer_rachunku', 'kontonummer', 'hesap_numarasi'])('%s is a bank account', (raw) => {
    expect(categoriesOf(raw)).toContain('financial.bank_account');
  });
  it.each(['kortnummer', 'kart_numarasi', 'numer_karty'])('%s is a card number', (raw) => {
    expect(categoriesOf(raw)).toContain('financial.card_number');
  });
  it('ambiguous clinical abbreviations count only among patients', () => {
    expect(categoriesOf('bp', { dataset: 'patient_vitals' })).toContain('special.health');
    expect(categoriesOf('bp', { dataset: 'products' })).toEqual([]);
    expect(categoriesOf('rx')).toEqual([]);
  });
  it('measurements of machines are not health data', () => {
    expect(categoriesOf('engine_temperature')).toEqual([]);
    expect(categoriesOf('cpu_pulse')).toEqual([]);
    expect(categoriesOf('sensor_glucose_channel')).toEqual([]);
  });
});

describe('core personal fields in Polish, Swedish, Danish/Norwegian and Turkish', () => {
  it.each([
    ['data_urodzenia', 'person.date_of_birth'],
    ['fødselsdato', 'person.date_of_birth'],
    ['dogum_tarihi', 'person.date_of_birth'],
    ['płeć', 'person.gender'],
    ['kjønn', 'person.gender'],
    ['cinsiyet', 'person.gender'],
    ['kön', 'person.gender'],
    ['e_postadress', 'contact.email'],
    ['eposta', 'contact.email'],
    ['numer_telefonu', 'contact.phone'],
    ['telefonnummer', 'contact.phone'],
    ['cep_telefonu', 'contact.phone'],
    ['gatuadress', 'contact.address'],
    ['ulica', 'contact.address'],
    ['kod_pocztowy', 'contact.postal_code'],
    ['postnummer', 'contact.postal_code'],
    ['wiek', 'person.age'],
  ])('%s of a person is %s', (field, category) => {
    expect(categoriesOf(field, { dataset: 'osoby', type: 'varchar(100)' })).toContain(category);
  });
});
