// Value detector: a gender value as forms store it, in English, German, French, Spanish,
// Italian, Dutch and Portuguese, plus the one-letter codes (m/f, German w/d, ISO/IEC 5218-like
// x for unspecified, ICAO 9303 passports use F/M/X).
import type { ValueDetector } from '../../model/index.js';

const GENDER_VALUES: ReadonlySet<string> = new Set([
  // Codes.
  'm', 'f', 'w', 'd', 'x',
  // English.
  'male', 'female', 'man', 'woman', 'non-binary', 'nonbinary', 'non binary', 'genderqueer', 'agender',
  // German (the third option "divers" is § 22 PStG).
  'männlich', 'maennlich', 'weiblich', 'divers', 'mann', 'frau',
  // French.
  'homme', 'femme', 'masculin', 'féminin', 'feminin', 'non-binaire',
  // Spanish and Portuguese.
  'hombre', 'mujer', 'masculino', 'femenino', 'feminino', 'no binario', 'não binário', 'homem', 'mulher',
  // Italian.
  'maschio', 'femmina', 'uomo', 'donna', 'maschile', 'femminile',
  // Dutch.
  'vrouw', 'mannelijk', 'vrouwelijk', 'niet-binair',
]);

const detector: ValueDetector = {
  id: 'gender',
  kind: 'value',
  categories: ['person.gender'],
  description: 'Gender value (m/f/male/female/weiblich/homme/mujer/non-binary...), case-insensitive.',
  scope: 'whole',
  strength: 0.5,
  prefilter: (value) => value.length <= 12 && value.charCodeAt(0) >= 65,
  match(value) {
    if (value.length > 12) return undefined;
    return GENDER_VALUES.has(value.toLowerCase()) ? { category: 'person.gender' } : undefined;
  },
  column(values) {
    const distinct = new Set<string>();
    for (const v of values) {
      const t = v.trim().toLowerCase();
      if (t !== '') distinct.add(t);
      if (distinct.size > MAX_DISTINCT) return `the column holds more than ${MAX_DISTINCT} distinct values, not a handful of gender codes`;
    }
    // One letter alone (`D` for deleted, `X` for none, `M` for medium) is a code of something else;
    // a gender column of codes holds at least two of them.
    const codes = [...distinct].filter((t) => GENDER_VALUES.has(t));
    if (codes.length === 1 && codes[0].length === 1) return 'its only gender-like value is one single-letter code';
    return undefined;
  },
};

/** A gender column holds a few codes (m/f/d/x, unknown, blank spellings); more distinct values are another vocabulary. */
const MAX_DISTINCT = 8;

export default detector;
