// Tests for the name-dictionary value detector: names of many cultures alone and in full, and the
// look-alikes a dictionary of names also holds (places, products, companies, job titles, streets).
import { describe, expect, it } from 'vitest';
import { isDictionaryName } from '../../../src/detectors/lexicon/people-names.js';
import { PEOPLE_NAMES } from '../../../src/detectors/lexicon/people-names.data.js';
import detector from '../../../src/detectors/value/name-dictionary.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const name = (value: string) => ({ value, category: 'person.name' as const });

testValueDetector(detector, {
  valid: [
    name('Maria García López'),
    name('Nguyen Van An'),
    name("O'Brien, Patrick"),
    name('Okafor'),
    name('Mwangi'),
    name('Yılmaz'),
    name('Kowalski'),
    name('Aisha'),
    name('Wang Li'),
    name('Jean-Luc Picard'),
    name('Anna van der Berg'),
    name('J. Smith'),
    name('PENELOPE GUINESS'),
    name('Fatima Al Hassan'),
    name('Hiroshi Tanaka'),
  ],
  invalid: [
    'Paris',
    'Jackson',
    'Ford',
    'Mercedes',
    'Madison Avenue',
    'Lincoln Drive',
    'San Jose',
    'Fort Worth',
    'Sales Manager',
    'Siemens AG',
    'Johnson & Johnson',
    'iPhone 15 Pro',
    'maria garcia',
    'Main Street 12',
    'Tofu',
    'Unknown',
    'M',
  ],
});

describe('name-dictionary column check', () => {
  const firstNames = ['Maria', 'Aisha', 'Kenji', 'Olga', 'Pedro', 'Fatima', 'Liam', 'Chloé', 'Mehmet', 'Ingrid', 'Sipho', 'Priya'];
  const cities = ['Paris', 'Berlin', 'Madrid', 'Boston', 'Houston', 'Tokyo', 'Lagos', 'Sydney', 'Toronto', 'Vienna', 'Munich', 'Lyon'];
  const products = ['Aniseed Syrup', 'Chef Anton Gumbo Mix', 'Grandma Boysenberry Spread', 'Tofu', 'Ikura', 'Konbu', 'Pavlova', 'Carnarvon Tigers', 'Teatime Chocolate Biscuits', 'Sir Rodney Marmalade'];
  const companies = ['Acme Corp', 'Siemens AG', 'Globex Inc', 'Initech LLC', 'Umbrella Group', 'Stark Industries', 'Wayne Enterprises', 'Wonka Holdings', 'Hooli', 'Vandelay Industries'];
  const jobTitles = ['Sales Manager', 'Software Engineer', 'Head Nurse', 'Chief Financial Officer', 'Marketing Director', 'Support Agent', 'Accountant', 'Senior Analyst', 'Office Clerk', 'Teacher'];
  const streets = ['Main Street', 'Madison Avenue', 'Lincoln Drive', 'Rue de Rivoli', 'Calle Mayor', 'Via Roma', 'Kaiserstraße', 'Baker Street', 'Oak Lane', 'Park Road'];

  it('accepts a column of first names of many origins', () => {
    expect(detector.column!(firstNames)).toBeUndefined();
  });

  it('accepts surnames and full names', () => {
    expect(detector.column!(['Okafor', 'Nguyen', 'Kowalski', 'García', 'Müller', 'Tanaka', 'Rossi', "O'Brien"])).toBeUndefined();
    expect(detector.column!(['Maria García López', 'Nguyen Van An', "O'Brien, Patrick", 'Anna Müller', 'Kenji Sato'])).toBeUndefined();
  });

  it.each([
    ['cities', cities],
    ['products', products],
    ['companies', companies],
    ['job titles', jobTitles],
    ['streets', streets],
  ])('rejects a column of %s', (_kind, values) => {
    expect(detector.column!(values)).toMatch(/values are names|distinct names/);
  });

  it('rejects a column of two or three distinct names however many rows', () => {
    const values = Array.from({ length: 60 }, (_, i) => ['Maria', 'Pedro', 'Olga'][i % 3]);
    expect(detector.column!(values)).toMatch(/3 distinct names/);
  });

  it('needs distinct names for a quarter of the sample, up to ten', () => {
    const few = Array.from({ length: 60 }, (_, i) => firstNames[i % 6]);
    const many = Array.from({ length: 60 }, (_, i) => firstNames[i % 12]);
    expect(detector.column!(few)).toMatch(/6 distinct/);
    expect(detector.column!(many)).toBeUndefined();
  });
});

describe('the name dictionary', () => {
  it('finds every listed word and nothing between two neighbours', () => {
    const words = PEOPLE_NAMES.split(' ');
    expect(words.length).toBeGreaterThan(80_000);
    for (const word of words) expect(isDictionaryName(word)).toBe(true);
    for (const word of words.slice(0, 2000)) expect(isDictionaryName(`${word}\u0001`)).toBe(false);
    expect(isDictionaryName('')).toBe(false);
    expect(isDictionaryName('zzzzzz')).toBe(false);
    expect(isDictionaryName('a')).toBe(false);
  });
});
