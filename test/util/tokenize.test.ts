// Tests for identifier tokenization and FieldName building.
import { describe, expect, it } from 'vitest';
import { foldAccents, splitPath, toFieldName, tokenizeIdentifier } from '../../src/util/tokenize.js';
import { expectLinearTime } from '../helpers/linear-time.js';
import { mulberry32 } from '../helpers/mulberry32.js';

describe('tokenizeIdentifier', () => {
  const cases: Array<[string, string[]]> = [
    ['email', ['email']],
    ['firstName', ['first', 'name']],
    ['FirstName', ['first', 'name']],
    ['first_name', ['first', 'name']],
    ['first-name', ['first', 'name']],
    ['first.name', ['first', 'name']],
    ['first name', ['first', 'name']],
    ['FIRST_NAME', ['first', 'name']],
    ['billingAddress2', ['billing', 'address', '2']],
    ['address_line_1', ['address', 'line', '1']],
    ['userIPAddress', ['user', 'ip', 'address']],
    ['SSN', ['ssn']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['ipv4Address', ['ipv', '4', 'address']],
    ['PassengerId', ['passenger', 'id']],
    ['Straße', ['strasse']],
    ['straße', ['strasse']],
    ['geburtsdatum', ['geburtsdatum']],
    ['Geburtsdatum', ['geburtsdatum']],
    ['téléphone', ['telephone']],
    ['contraseña', ['contrasena']],
    ['date_de_naissance', ['date', 'de', 'naissance']],
    ['E-Mail-Adresse', ['e', 'mail', 'adresse']],
    ["customer's date of birth", ['customer', 's', 'date', 'of', 'birth']],
    ['  __weird--Name__  ', ['weird', 'name']],
    ['', []],
  ];
  for (const [input, tokens] of cases) {
    it(`splits ${JSON.stringify(input)}`, () => expect(tokenizeIdentifier(input)).toEqual(tokens));
  }
});

describe('foldAccents', () => {
  it('removes combining marks and folds ß, æ, ø', () => {
    expect(foldAccents('Ærø Straße café')).toBe('AEro Strasse cafe');
  });
});

describe('toFieldName', () => {
  it('splits a dotted path into leaf tokens and parent tokens', () => {
    expect(toFieldName('customer.billingAddress.zip')).toEqual({
      raw: 'customer.billingAddress.zip',
      tokens: ['zip'],
      parentTokens: ['customer', 'billing', 'address'],
    });
  });
  it('treats array markers as path separators', () => {
    expect(toFieldName('items[].sku')).toMatchObject({ tokens: ['sku'], parentTokens: ['items'] });
    expect(toFieldName('orders[0].shipping.street')).toMatchObject({ tokens: ['street'], parentTokens: ['orders', 'shipping'] });
    expect(toFieldName('tags[*]')).toMatchObject({ tokens: ['tags'], parentTokens: [] });
  });
  it('keeps a plain name whole', () => {
    expect(toFieldName('date_of_birth')).toEqual({ raw: 'date_of_birth', tokens: ['date', 'of', 'birth'], parentTokens: [] });
  });
  it('lower-cases the declared type and keeps comment and dataset', () => {
    expect(toFieldName('dob', { type: 'DATE', comment: 'Date of birth', dataset: 'customers' })).toEqual({
      raw: 'dob', tokens: ['dob'], parentTokens: [], type: 'date', comment: 'Date of birth', dataset: 'customers',
    });
  });
  it('omits absent extras rather than setting them to undefined', () => {
    expect(Object.keys(toFieldName('x', {}))).toEqual(['raw', 'tokens', 'parentTokens']);
  });
});

describe('splitPath', () => {
  it('splits like /\\.|\\[[^\\]]*\\]/ on random strings of path characters', () => {
    const random = mulberry32(26);
    const alphabet = ['a', 'B', '.', '[', ']', '*', '0', ' '];
    for (let n = 0; n < 2000; n++) {
      let raw = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) raw += alphabet[Math.floor(random() * alphabet.length)];
      expect(splitPath(raw), JSON.stringify(raw)).toEqual(raw.split(/\.|\[[^\]]*\]/));
    }
  });

  // 100 KB of `[` took 19 s through the regular expression; each shape here was quadratic or is
  // a near miss of one (a `]` only at the very end, dots between the brackets).
  const shapes: Record<string, (n: number) => string> = {
    'a run of [': (n) => '['.repeat(n),
    '[ then one ] at the end': (n) => '['.repeat(n) + ']',
    'a run of [.': (n) => '[.'.repeat(n / 2),
    'a run of [a': (n) => '[a'.repeat(n / 2),
  };
  for (const [shape, make] of Object.entries(shapes)) {
    it(`takes linear time on ${shape}`, async () => {
      await expectLinearTime(shape, 5_000, make, (raw) => toFieldName(raw));
    });
  }
});
