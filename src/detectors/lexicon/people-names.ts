// Given names and surnames for the `name-dictionary` value detector: the CSpell people-names and
// gender-detection-from-name lists (people-names.data.ts, both MIT licence), searched in place
// by binary search over the sorted text, plus the words they share with places, months and
// colours, which alone say nothing about a person.
import { foldAccents } from '../../util/tokenize.js';
import { PEOPLE_NAMES } from './people-names.data.js';

/** Compares `word` with the dictionary word at `start` by UTF-16 code unit, as the build sorted them. */
function compareAt(text: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const c = at < text.length ? text.charCodeAt(at) : 32;
    if (i === word.length) return c === 32 ? 0 : -1;
    if (c === 32) return 1;
    const d = word.charCodeAt(i) - c;
    if (d !== 0) return d;
  }
}

/** The accent-folded, lower-case form names are stored and looked up in. */
export function foldName(word: string): string {
  return foldAccents(word).toLowerCase().replace(/’/g, "'");
}

/** Whether the folded word is a given name or surname of the dictionary. */
export function isDictionaryName(folded: string): boolean {
  // Binary search over character positions of the sorted text: the word around the middle
  // position is found by looking back to the space before it. No index to build, no strings made.
  const text = PEOPLE_NAMES;
  let low = 0; // always a word's start
  let high = text.length; // always a word's start or the end
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = text.lastIndexOf(' ', mid - 1) + 1;
    const order = compareAt(text, start, folded);
    if (order === 0) return true;
    if (order < 0) {
      high = start;
    } else {
      const space = text.indexOf(' ', start);
      low = space < 0 ? text.length : space + 1;
    }
  }
  return false;
}

/**
 * Dictionary names that are as often places (countries, states, big cities), months, weekdays,
 * colours, gems or trade names. Kept in the dictionary for full names ("Jackson Brown"), but a
 * column of these alone reads as places or products, and a column where many values are
 * places is not a list of people.
 */
const AMBIGUOUS = `
africa america asia europe australia oceania
albania algeria andorra angola argentina armenia austria bahamas belgium bolivia brazil bulgaria canada chad chile
china colombia cuba cyprus denmark ecuador egypt england eritrea ethiopia fiji finland france gabon gambia georgia
germany ghana greece guinea guyana haiti holland honduras hungary iceland india indonesia iran iraq ireland israel
italy jamaica japan jordan kenya korea kuwait laos latvia lebanon liberia libya lithuania luxembourg madagascar
malawi malaysia mali malta mexico monaco mongolia morocco nepal nicaragua niger nigeria norway oman pakistan panama
paraguay peru poland portugal qatar romania russia rwanda samoa scotland senegal serbia somalia spain sudan sweden
switzerland syria taiwan tanzania thailand togo tonga tunisia turkey uganda ukraine uruguay venezuela vietnam wales
yemen zambia zimbabwe
alabama alaska arizona arkansas california carolina colorado dakota delaware florida hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
amsterdam athens atlanta auckland austin baltimore bangkok barcelona beijing belfast berlin birmingham bogota bologna
bordeaux boston bristol brussels budapest cairo calgary cambridge camden canberra charlotte chelsea chester cleveland
cologne columbus copenhagen cordoba dallas delhi denver derby detroit dresden dublin durban edinburgh essen florence
frankfurt fresno geneva genoa glasgow granada hamburg hamilton hanover havana helsinki houston istanbul jackson
jacksonville kent kingston lagos leeds leicester lima lincoln lisbon liverpool london lyon madison madrid manchester
marseille melbourne memphis miami milan milton montreal moscow munich nairobi nancy naples nashville newport nice
norwich orlando osaka oslo oxford palermo paris perth philadelphia phoenix pittsburgh plymouth porto prague preston
quebec reading richmond rome salem santiago seattle seville sheffield sofia southampton stockholm sydney tokyo
toledo toronto tucson turin valencia vancouver venice verona victoria vienna warsaw wellington windsor york zurich
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
amber azure crimson coral ivory jade olive ruby scarlet silver violet emerald sapphire pearl diamond crystal
white black brown green grey gray red blue gold golden pink rose orange purple yellow beige navy
mercedes porsche ferrari lamborghini maserati bentley chrysler dodge ford lincoln honda mazda subaru nissan
philips siemens bosch dell prada chanel gucci lego zara disney marriott hilton hyatt kellogg heinz
`;
const AMBIGUOUS_SET: ReadonlySet<string> = new Set(AMBIGUOUS.split(/\s+/).filter((w) => w !== ''));

/** Whether the folded word is also a place, a month, a colour or a trade name. */
export function isAmbiguousName(folded: string): boolean {
  return AMBIGUOUS_SET.has(folded);
}

/** Words that make a capitalised phrase a company, a place or an institution. */
export const NOT_A_PERSON: ReadonlySet<string> = new Set([
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'se', 'inc', 'ltd', 'llc', 'plc', 'corp', 'co', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv',
  'nv', 'sl', 'oy', 'ab', 'group', 'holding', 'holdings', 'bank', 'hotel', 'street', 'st', 'road', 'rd', 'avenue', 'ave',
  'lane', 'strasse', 'str', 'weg', 'platz', 'allee', 'rue', 'via', 'viale', 'piazza', 'calle', 'plaza', 'straat', 'laan',
  'plein', 'rua', 'park', 'station', 'church', 'school', 'university', 'hospital', 'clinic', 'center', 'centre', 'store',
  'shop', 'market', 'pharmacy', 'and', 'und', 'et', 'en', 'of', 'the', 'foundation', 'stiftung', 'verein', 'company',
  // Street and place words: "Madison Avenue", "Lincoln Drive", "San Jose", "Fort Worth", "Bad Homburg".
  'drive', 'dr', 'court', 'ct', 'place', 'pl', 'square', 'sq', 'way', 'close', 'boulevard', 'blvd', 'terrace', 'crescent',
  'gasse', 'ring', 'chemin', 'avenida', 'paseo', 'corso', 'largo', 'travessa', 'gracht', 'kade', 'city', 'county',
  'beach', 'springs', 'valley', 'heights', 'falls', 'lake', 'mount', 'fort', 'port', 'north', 'south', 'east', 'west',
  'new', 'san', 'santa', 'saint', 'sankt', 'bad', 'upon', 'island', 'islands', 'river', 'hills',
  // Job-title words: "Sales Agent", "Marketing Manager", "Head Nurse".
  'sales', 'agent', 'assistant', 'support', 'representative', 'manager', 'director', 'officer', 'clerk', 'owner',
  'accountant', 'engineer', 'consultant', 'coordinator', 'analyst', 'president', 'chief', 'head', 'senior', 'junior',
  'lead', 'nurse', 'teacher', 'developer', 'administrator', 'secretary', 'specialist', 'technician', 'intern',
  // Placeholders forms store where a name is missing.
  'unknown', 'none', 'other', 'test', 'user', 'admin', 'guest', 'customer', 'anonymous', 'null', 'default', 'sample',
]);

