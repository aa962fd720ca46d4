// Values (not field names) that reveal GDPR Art. 9 special categories, in English, German,
// French, Spanish, Italian, Dutch and Portuguese: party names and acronyms, religions and
// denominations, census ethnicity categories, trade unions, sexual orientations. 'weak' terms
// have other common meanings (a colour, a first name, a risk profile, a two-letter acronym) and
// never make a column alone; see validators/vocabulary.ts.
import type { Vocabulary } from '../validators/vocabulary.js';

/** Parties of the seven languages' countries and the US/UK, by name and usual acronym. */
export const POLITICAL_PARTIES: Vocabulary = {
  strong: [
    // United States: party names and voter-file labels.
    'democrat', 'democrats', 'democratic', 'democratic party', 'republican', 'republicans', 'republican party', 'gop',
    'libertarian', 'libertarian party', 'green party', 'constitution party', 'working families party',
    // United Kingdom.
    'labour', 'labour party', 'conservative party', 'conservatives', 'tory', 'tories', 'liberal democrat',
    'liberal democrats', 'lib dem', 'lib dems', 'snp', 'scottish national party', 'plaid cymru', 'reform uk', 'ukip',
    'dup', 'sinn fein', 'alliance party', 'brexit party',
    // Germany.
    'cdu', 'csu', 'cdu/csu', 'spd', 'fdp', 'afd', 'bsw', 'die linke', 'die grunen', 'grunen',
    'bundnis 90/die grunen', 'freie wahler', 'npd', 'die partei', 'piratenpartei',
    // France.
    'les republicains', 'parti socialiste', 'rassemblement national', 'front national', 'la france insoumise', 'lfi',
    'la republique en marche', 'lrem', 'en marche', 'modem', 'eelv', 'europe ecologie les verts',
    'les ecologistes', 'pcf', 'parti communiste francais', 'reconquete',
    // Spain.
    'psoe', 'partido popular', 'podemos', 'unidas podemos', 'sumar', 'ciudadanos', 'erc', 'junts', 'pnv',
    'eh bildu', 'bildu',
    // Italy.
    'partito democratico', "fratelli d'italia", 'fdi', 'lega nord', 'forza italia', 'movimento 5 stelle', 'm5s',
    'italia viva', 'alleanza verdi e sinistra', 'avs', 'noi moderati',
    // Netherlands.
    'vvd', 'pvv', 'cda', 'd66', 'groenlinks', 'pvda', 'groenlinks-pvda', 'gl-pvda', 'christenunie', 'sgp', 'pvdd',
    'partij voor de dieren', 'bbb', 'boerburgerbeweging', 'nsc', 'nieuw sociaal contract', 'ja21', 'fvd',
    'forum voor democratie',
    // Portugal.
    'partido socialista', 'psd', 'partido social democrata', 'chega', 'iniciativa liberal', 'bloco de esquerda', 'pcp',
    'cds-pp',
  ],
  weak: [
    // Ideologies and survey answers also used for risk profiles and styles; short acronyms; party
    // names that are also words (Lega, Azione, Volt, Pan).
    'linke', 'grune', 'lega', 'azione', 'livre', 'pan', 'volt', 'denk', 'vox',
    'liberal', 'conservative', 'moderate', 'progressive', 'socialist', 'communist', 'green', 'greens', 'independent',
    'left', 'right', 'centre', 'center', 'centre-left', 'centre-right', 'far left', 'far right', 'very liberal',
    'very conservative', 'dem', 'rep', 'ind', 'npa', 'una', 'ps', 'pp', 'pd', 'lr', 'rn', 'sp', 'be', 'il',
    'renaissance', 'horizons', 'les verts', 'verdi', 'groen', 'verdes', 'links', 'rechts', 'gauche', 'droite',
    'izquierda', 'derecha', 'sinistra', 'destra', 'esquerda', 'direita',
  ],
};

/** Religions, denominations and non-belief, as nouns and adjectives. */
export const RELIGIONS: Vocabulary = {
  strong: [
    'catholic', 'roman catholic', 'protestant', 'muslim', 'moslem', 'islam', 'islamic', 'jewish', 'judaism',
    'hindu', 'hinduism', 'buddhist', 'buddhism', 'sikh', 'sikhism', 'atheist', 'atheism', 'agnostic', 'evangelical',
    'anglican', 'church of england', 'baptist', 'methodist', 'lutheran', 'presbyterian', 'pentecostal', 'mormon',
    'latter-day saints', "jehovah's witness", 'jehovahs witness', 'greek orthodox', 'russian orthodox',
    'eastern orthodox', 'orthodox christian', 'shia', 'sunni', 'taoist', 'shinto', 'bahai', "baha'i",
    'zoroastrian', 'quaker', 'christianity', 'no religion',
    'katholisch', 'romisch-katholisch', 'evangelisch', 'evangelisch-lutherisch',
    'muslimisch', 'judisch', 'jude', 'buddhistisch', 'hinduistisch', 'konfessionslos', 'atheistisch', 'altkatholisch',
    'catholique', 'protestante', 'musulman', 'musulmane', 'juif', 'juive', 'bouddhiste', 'hindou', 'hindoue', 'athee',
    'sans religion', 'catolico', 'catolica', 'evangelico', 'evangelica', 'musulmana', 'judio', 'judia',
    'budista', 'ateo', 'atea', 'sin religion', 'cattolico', 'cattolica', 'musulmano', 'ebreo', 'ebrea',
    'buddista', 'induista', 'ateismo', 'katholiek', 'rooms-katholiek', 'protestants', 'moslim', 'islamitisch', 'joods',
    'boeddhist', 'boeddhistisch', 'hindoe', 'hindoeistisch', 'gereformeerd', 'hervormd',
    'geen religie', 'muçulmano', 'muçulmana', 'judeu', 'ateu', 'ateia', 'espirita', 'sem religiao',
    'umbanda', 'candomble',
  ],
  weak: [
    // Church-tax codes and short forms with other meanings ("EV", "LDS"), a first name (Christian).
    'rk', 'r.k', 'ev', 'ev.', 'jew', 'lds', 'jain', 'christian', 'orthodox', 'spiritual', 'ortodosso', 'ortodoxo', 'orthodoxe', 'christlich', 'chretien', 'cristiano', 'cristao', 'christelijk'],
};

/** Colour words that census race lists use. */
const RACE_COLOURS = new Set(['white', 'black', 'branca', 'branco', 'preta', 'preto', 'blanco', 'blanca', 'negro', 'negra', 'blanc', 'noir', 'weiss', 'schwarz', 'bianco', 'nero', 'wit', 'zwart']);

/** Census and survey ethnicity categories (US OMB, UK ONS, Canada, Australia, NZ, Brazil IBGE, NL CBS). */
export const ETHNICITIES: Vocabulary = {
  // A colour beside two or more origins ("white", "black", "asian", "native"): a race column.
  // Colours alone are product colours; origins alone are cuisines or languages.
  weakTogether(terms) {
    let colours = 0;
    for (const t of terms) if (RACE_COLOURS.has(t)) colours++;
    return colours >= 1 && terms.size - colours >= 2;
  },
  strong: [
    'hispanic', 'hispanic or latino', 'not hispanic or latino', 'non-hispanic', 'nonhispanic', 'non hispanic', 'latino',
    'latina', 'latinx', 'black or african american', 'african american', 'african-american', 'afro-american',
    'american indian or alaska native', 'american indian', 'alaska native', 'native american', 'amer-indian-eskimo',
    'native hawaiian or other pacific islander', 'native hawaiian', 'pacific islander', 'asian-pac-islander',
    'two or more races', 'multiracial', 'mixed race', 'biracial', 'caucasian', 'white british',
    'white irish', 'white - british', 'white - irish', 'any other white background', 'gypsy or irish traveller',
    'irish traveller', 'mixed white and black caribbean', 'mixed white and black african',
    'mixed white and asian', 'asian or asian british', 'asian british', 'black british', 'black caribbean',
    'black african', 'black or black british', 'afro-caribbean', 'south asian', 'southeast asian',
    'east asian', 'west asian', 'middle eastern', 'aboriginal', 'aboriginal and torres strait islander',
    'torres strait islander', 'first nations', 'inuit', 'metis', 'maori', 'pasifika', 'indigenous',
    'visible minority', 'indigena', 'parda', 'pardo', 'mestizo', 'mestiza', 'afrodescendiente', 'afrodescendente',
    'gitano', 'sinti', 'migrationshintergrund', 'mit migrationshintergrund', 'ohne migrationshintergrund',
    'nederlandse achtergrond', 'westerse migratieachtergrond', 'niet-westerse migratieachtergrond', 'allochtoon',
    'autochtoon', 'autochtone', 'allochtone',
  ],
  weak: [
    // Colours, nationalities, languages, places and a pizza also name ethnic groups.
    'roma', 'caribbean', 'hawaiian',
    'white', 'black', 'asian', 'mixed', 'native', 'arab', 'indian', 'chinese', 'japanese', 'korean', 'filipino',
    'pakistani', 'bangladeshi', 'vietnamese', 'african', 'european', 'branca', 'branco', 'preta', 'preto', 'amarela',
    'amarelo', 'blanco', 'blanca', 'negro', 'negra', 'blanc', 'noir', 'weiss', 'schwarz', 'bianco', 'nero', 'wit',
    'zwart',
  ],
};

/** Trade unions and confederations of the seven languages' countries and the US/UK. */
export const TRADE_UNIONS: Vocabulary = {
  strong: [
    'afl-cio', 'seiu', 'teamsters', 'uaw', 'afscme', 'ufcw', 'ibew', 'cwa', 'usw', 'unite here',
    'unison', 'gmb', 'usdaw', 'rcn', 'nasuwt', 'tuc', 'rmt', 'pcs', 'ucu', 'bma',
    'ver.di', 'ig metall', 'ig bce', 'ig bau', 'gew', 'evg', 'ngg', 'dgb', 'gdl', 'dbb',
    'marburger bund', 'cgt', 'cfdt', 'force ouvriere', 'cftc', 'cfe-cgc', 'unsa', 'fsu', 'solidaires',
    'ccoo', 'comisiones obreras', 'ugt', 'union general de trabajadores', 'csif', 'uso',
    'cgil', 'cisl', 'uil', 'ugl', 'fnv', 'cnv', 'vcp', 'abvakabo', 'cgtp', 'cgtp-in',
    'union member', 'gewerkschaftsmitglied', 'syndique', 'syndiquee', 'afiliado al sindicato', 'iscritto al sindacato',
    'vakbondslid', 'sindicalizado', 'sindicalizada',
  ],
  weak: [
    // Acronyms that are also words ("lab", "sud", "neu", "unite"), and membership answers, which
    // say "union" only under a field name that does.
    'lab', 'sud', 'neu', 'unite', 'fo', 'ela', 'usb', 'aft', 'nea', 'member', 'non-member', 'nonmember', 'not a member', 'mitglied', 'kein mitglied', 'membre', 'afiliado', 'iscritto', 'lid', 'geen lid', 'socio'],
};

/** Sexual orientations, as forms list them. */
export const SEXUAL_ORIENTATIONS: Vocabulary = {
  strong: [
    'heterosexual', 'homosexual', 'bisexual', 'asexual', 'pansexual', 'lesbian', 'gay or lesbian', 'gay man',
    'gay woman', 'lgbt', 'lgbtq', 'lgbtq+', 'lgbtqia+', 'demisexual', 'heterosexuell', 'homosexuell', 'bisexuell',
    'asexuell', 'pansexuell', 'lesbisch', 'schwul', 'heterosexuel', 'heterosexuelle', 'homosexuel', 'homosexuelle',
    'bisexuel', 'bisexuelle', 'asexuel', 'asexuelle', 'lesbienne', 'heterosexuales', 'lesbiana', 'bisexuales',
    'eterosessuale', 'omosessuale', 'bisessuale', 'asessuale', 'lesbica', 'heteroseksueel', 'homoseksueel',
    'biseksueel', 'aseksueel', 'heterossexual', 'homossexual', 'bissexual', 'assexual',
  ],
  weak: ['straight', 'gay', 'queer', 'hetero', 'homo', 'bi', 'questioning', 'other orientation'],
};
