// Generated phone numbers in national formats, one family per default country of the phone
// detector (US, GB, DE, FR, ES, IT, NL), for the equality checks of phone-national.ts against
// libphonenumber-js (scripts/phone-national-equality.mjs: a million a family;
// test/detectors/phone-national.test.ts: a smaller seeded set). Each number is drawn from the
// metadata's own patterns of the country or of a country sharing its calling code (CA, JE, VA…),
// often mutated, and written the way people write it: national prefix or none, calling code
// without "+", an IDD prefix, and the family's separators ("04 25 92 85 48", "(523) 861-0908",
// "+49 (0)30 1234567" minus the plus, "020 7946 0958", "06-12345678", "030/1234567").
import metadata from 'libphonenumber-js/max/metadata';

/** The default countries of src/detectors/validators/phone-number.ts. */
export const FAMILIES = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL'];

/** Mulberry32: the same seed gives the same numbers. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A sampler for the metadata's number patterns (digits, \d, [classes], groups, |, ? * + {n,m}).
function parsePattern(pattern) {
  let at = 0;
  const alternatives = () => {
    const options = [sequence()];
    while (pattern[at] === '|') { at++; options.push(sequence()); }
    return options;
  };
  const sequence = () => {
    const items = [];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      const choices = atom();
      let min = 1, max = 1;
      const q = pattern[at];
      if (q === '?') { min = 0; at++; } else if (q === '*') { min = 0; max = 3; at++; } else if (q === '+') { max = 3; at++; } else if (q === '{') {
        const close = pattern.indexOf('}', at);
        const [low = '0', high] = pattern.slice(at + 1, close).split(',');
        min = Number(low);
        max = high === undefined ? min : high === '' ? min + 3 : Number(high);
        at = close + 1;
      }
      items.push({ choices, min, max });
    }
    return items;
  };
  const atom = () => {
    const char = pattern[at++];
    if (char === '\\') { at++; return '0123456789'; }
    if (char === '(') {
      if (pattern.startsWith('?:', at)) at += 2;
      const group = alternatives();
      at++;
      return group;
    }
    if (char === '[') {
      let set = '';
      while (pattern[at] !== ']') {
        if (pattern[at + 1] === '-' && pattern[at + 2] !== ']') {
          for (let c = pattern.charCodeAt(at); c <= pattern.charCodeAt(at + 2); c++) set += String.fromCharCode(c);
          at += 3;
        } else set += pattern[at++];
      }
      at++;
      return set;
    }
    if (char === undefined || !/\d/.test(char)) throw new Error(`unexpected pattern syntax at ${at} of ${pattern}`);
    return char;
  };
  return alternatives();
}

function sample(options, random) {
  const items = options[Math.floor(random() * options.length)] ?? [];
  let out = '';
  for (const item of items) {
    const count = item.min + Math.floor(random() * (item.max - item.min + 1));
    for (let i = 0; i < count; i++) {
      out += typeof item.choices === 'string' ? item.choices[Math.floor(random() * item.choices.length)] : sample(item.choices, random);
    }
  }
  return out;
}

/** The national and type patterns of every country sharing the family's calling code. */
const patternCache = new Map();
function patternsOf(family) {
  let patterns = patternCache.get(family);
  if (patterns) return patterns;
  patterns = [];
  const callingCode = metadata.countries[family][0];
  for (const country of metadata.country_calling_codes[callingCode]) {
    const plan = metadata.countries[country];
    if (!plan) continue;
    // The family's own country four times as often as each sharer.
    const weight = country === family ? 4 : 1;
    const own = [parsePattern(String(plan[2]))];
    if (Array.isArray(plan[11])) for (const type of plan[11]) if (Array.isArray(type) && typeof type[0] === 'string' && type[0] !== '') own.push(parsePattern(type[0]));
    for (let w = 0; w < weight; w++) patterns.push(...own);
  }
  patternCache.set(family, patterns);
  return patterns;
}

/** How each family groups digits (sizes; the last group takes the rest) and its separators. */
const STYLES = {
  US: { groups: [[3, 3], [1, 3, 3], [3, 3, 4]], separators: ['-', ' ', '.'], paren: 0.5 },
  GB: { groups: [[3, 4], [4, 3], [5], [4], [3, 3]], separators: [' ', '-'], paren: 0.1 },
  DE: { groups: [[3], [4], [5], [3, 3], [4, 2, 2]], separators: [' ', '/', '-'], paren: 0.1 },
  FR: { groups: [[2, 2, 2, 2], [1, 2, 2, 2], [3, 3]], separators: [' ', '.', '-'], paren: 0 },
  ES: { groups: [[3, 2, 2], [3, 3], [2, 3, 2]], separators: [' ', '-', '.'], paren: 0 },
  IT: { groups: [[2, 4], [3, 3], [3, 4], [4]], separators: [' ', '-', '/', '.'], paren: 0.05 },
  NL: { groups: [[2], [3, 3], [3], [2, 2, 2]], separators: ['-', ' '], paren: 0.1 },
};

/** Writes `digits` in the family's style: grouped by one of its layouts, maybe a (group). */
function write(digits, family, random) {
  const style = STYLES[family];
  const pick = (l) => l[Math.floor(random() * l.length)];
  if (random() < 0.12) return digits;
  const sizes = pick(style.groups);
  const separator = pick(style.separators);
  const parts = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length - 1) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  if (random() < style.paren && parts.length > 1) return `(${parts[0]}) ${parts.slice(1).join(separator)}`;
  return parts.join(separator);
}

/**
 * `count` written numbers of one family, seeded. Each is { text, digits }: the text as written
 * and its ASCII digits (what the fast path reads).
 */
export function generateNationalNumbers(family, count, seed) {
  const random = mulberry32(seed);
  const pick = (l) => l[Math.floor(random() * l.length)];
  const randomDigits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10)); return s; };
  const plan = metadata.countries[family];
  const callingCode = plan[0];
  const nationalPrefix = typeof plan[5] === 'string' ? plan[5] : '';
  const idd = family === 'US' ? '011' : '00';
  const out = [];
  for (let n = 0; n < count; n++) {
    let national;
    const kind = random();
    if (kind < 0.7) {
      national = sample(pick(patternsOf(family)), random);
      const mutation = random();
      if (mutation < 0.15) {
        const at = Math.floor(random() * national.length);
        national = national.slice(0, at) + randomDigits(1) + national.slice(at + 1);
      } else if (mutation < 0.22) national += randomDigits(1 + Math.floor(random() * 2));
      else if (mutation < 0.29) national = national.slice(0, -1 - Math.floor(random() * 2));
    } else {
      national = randomDigits(7 + Math.floor(random() * 7));
    }
    // How it is prefixed: national prefix (most), none, calling code without "+", IDD + code.
    const prefixing = random();
    let digits;
    if (prefixing < 0.55) digits = nationalPrefix + national;
    else if (prefixing < 0.75) digits = national;
    else if (prefixing < 0.88) digits = callingCode + (random() < 0.3 ? nationalPrefix : '') + national;
    else if (prefixing < 0.96) digits = idd + (random() < 0.8 ? callingCode : pick(['1', '44', '49', '33', '34', '39', '31', '0', '7', '353'])) + national;
    else digits = pick(['0', '00', '000', '1', '11']) + national;
    const text = write(digits, family, random);
    out.push({ text, digits });
  }
  return out;
}
