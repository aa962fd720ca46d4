// Unit tests for the two mechanisms that keep values out of field names (issue 26).
import { describe, expect, it } from 'vitest';
import { looksLikeDataRow } from '../../src/sources/csv-sniff.js';
import { isValueKey } from '../../src/sources/flatten.js';
import { headerCellsAreValues } from '../../src/detectors/header-values.js';

describe('looksLikeDataRow compares the first row with the rows below', () => {
  it('a numeric or date column under a text cell is a header', () => {
    expect(looksLikeDataRow(['name', 'amount'], [['Ann', '12.5'], ['Bob', '3']])).toBe(false);
    expect(looksLikeDataRow(['joined'], [['01/02/2024'], ['03/04/2023']])).toBe(false);
  });
  it('a first cell of the same non-text shape as its column is data', () => {
    expect(looksLikeDataRow(['Ann', '+44 20 7946 0958'], [['Bob', '+49 30 1234567'], ['Cy', '+33 1 23 45 67 89']])).toBe(true);
    expect(looksLikeDataRow(['Ann', '01/02/1980'], [['Bob', '03/04/1990'], ['Cy', '05/06/1970']])).toBe(true);
  });
  it('a first cell that recurs below is data', () => {
    expect(looksLikeDataRow(['Paris', 'x'], [['Rome', 'y'], ['Paris', 'z']])).toBe(true);
  });
  it('with no rows below, only the old checks decide', () => {
    expect(looksLikeDataRow(['Maria Garcia'], [])).toBe(false);
  });
});

describe('headerCellsAreValues', () => {
  it('names, e-mails and phones are values; column names are not', () => {
    expect(headerCellsAreValues(['Maria Garcia', 'Berlin'])).toBe(true);
    expect(headerCellsAreValues(['ann@example.com', 'x'])).toBe(true);
    expect(headerCellsAreValues(['name', 'email', 'phone', 'first_name', 'Last Name', 'date_of_birth'])).toBe(false);
  });
});

describe('isValueKey', () => {
  it.each(['alice@example.com', '+44 20 7946 0958', '2024-05-01', '12345', 'John Smith', 'a'.repeat(65), 'deadbeefdeadbeefdead', '1b4e28ba-2fa1-11d2-883f-0016d3cca427'])('%s is a value', (key) => {
    expect(isValueKey(key)).toBe(true);
  });
  it.each(['email', 'first_name', 'address.line1', 'créé_le', 'Straße', 'x-request-id', 'v2', 'sha256'])('%s is a name', (key) => {
    expect(isValueKey(key)).toBe(false);
  });
});
