// Vocabulary of medical examinations (vitals, physicals, occupational and school check-ups):
// which tables are examinations of a person, and which of their columns hold what the examiner
// measured or found. Names of such columns are generic (`weight`, `peso`, `Puls`, `abdomen`) and
// mean health data only inside such a table, so every word here needs that context (issue 21).
import { contentTokens } from './types.js';
import { tokenizeIdentifier } from '../../util/tokenize.js';

/**
 * Dataset words that name a medical examination unambiguously, in twelve languages (en, de, fr,
 * es, it, nl, pt, pl, sv, da, fi, cs, tr), accents folded. Compounds are listed whole because
 * the tokenizer keeps them whole (`Vitalzeichen`, `hälsoundersökning`, `terveystarkastus`).
 */
const EXAM_DATASET_WORDS = new Set([
  // en
  'vitals', 'checkup', 'checkups', 'physical', 'physicals', 'audiometry', 'audiogram', 'spirometry', 'anthropometry',
  'anthropometric', 'anamnesis', 'triage', 'biometry',
  // de
  'vitalzeichen', 'vitalwerte', 'vitalparameter', 'vorsorgeuntersuchung', 'anamnese', 'audiometrie', 'spirometrie',
  // fr
  'constantes', 'audiometrie', 'spirometrie',
  // es
  'exploracion', 'audiometria', 'espirometria', 'biometria', 'signos',
  // it
  'mediche', 'anamnesi', 'spirometria',
  // nl
  'keuring', 'keuringen', 'vitale',
  // pt
  // `clinico`, `fisico`: the adjectives of `exame_clinico`, `examen_fisico` (`clinica` is the clinic).
  'triagem', 'sinais', 'clinico', 'fisico',
  // pl
  'lekarskie', 'lekarski', 'lekarska', 'medyczne', 'medyczny', 'medyczna',
  // sv, da
  'halsoundersokning', 'halsokontroll', 'medicinsk', 'medicinska', 'helbredsundersogelse', 'medicinske',
  // fi
  'terveystarkastus', 'terveystarkastukset',
  // cs
  'vysetreni', 'prohlidka', 'prohlidky', 'zdravotni',
  // tr
  'muayene', 'muayeneler', 'saglik',
]);

/**
 * Dataset words for an examination that are also a school exam, a survey, an inspection or a web
 * visit (`exam_results`, `examens`, `badania`, `visits`): clinical only beside a patient column
 * or a column whose own name is a health term.
 */
const AMBIGUOUS_EXAM_WORDS = new Set([
  'exam', 'exams', 'examination', 'examinations', 'visit', 'visits', 'consult', 'consults', 'screening', 'screenings',
  'assessment', 'assessments', 'measurement', 'measurements', 'untersuchung', 'untersuchungen', 'examen', 'examens',
  'visite', 'visites', 'bilan', 'bilans', 'examenes', 'consulta', 'consultas', 'revision', 'esame', 'esami', 'visita',
  'visite', 'onderzoek', 'onderzoeken', 'consulten', 'exame', 'exames', 'badanie', 'badania', 'wizyta', 'wizyty',
  'undersokning', 'undersokningar', 'undersogelse', 'tarkastus', 'tutkimus', 'kontrola',
]);

/**
 * Column words naming a body measurement or an examination finding: what was measured (weight,
 * height, temperature, pulse, pressure, saturation, girth, vision, hearing), which organ system
 * a finding is of (heart, lungs, abdomen, skin...), and the examiner's conclusion, in the same
 * languages. Accents folded (`größe` → `grosse`, `tętno` → `tetno`).
 */
const MEASURE_WORDS = new Set([
  // en
  'weight', 'height', 'temperature', 'pulse', 'respiration', 'respiratory', 'pressure', 'systolic', 'diastolic', 'saturation',
  'oxygen', 'waist', 'hip', 'circumference', 'girth', 'vision', 'visual', 'acuity', 'hearing', 'heart', 'cardiac', 'lung',
  'lungs', 'chest', 'abdomen', 'abdominal', 'skin', 'throat', 'mouth', 'eyes', 'ears', 'neck', 'spine', 'neurological',
  'neuro', 'reflexes', 'pupils', 'extremities', 'urine', 'findings', 'finding', 'conclusion', 'impression', 'complaint',
  'complaints', 'symptoms', 'fitness', 'glasses', 'lenses',
  // de
  'gewicht', 'groesse', 'grosse', 'koerpergroesse', 'korpergrosse', 'temperatur', 'puls', 'atemfrequenz', 'blutdruck',
  'saettigung', 'sattigung', 'bauchumfang', 'taillenumfang', 'sehtest', 'sehvermoegen', 'hoertest', 'gehoer', 'herz',
  'lunge', 'bauch', 'haut', 'augen', 'ohren', 'wirbelsaeule', 'wirbelsaule', 'urin', 'beurteilung', 'tauglichkeit',
  // fr
  'poids', 'taille', 'pouls', 'tension', 'frequence', 'perimetre', 'acuite', 'audition', 'audiogramme', 'coeur', 'poumons',
  'peau', 'yeux', 'oreilles', 'rachis', 'urines', 'conclusion', 'aptitude', 'avis',
  // es
  'peso', 'talla', 'estatura', 'altura', 'temperatura', 'pulso', 'presion', 'saturacion', 'perimetro', 'cintura',
  'auscultacion', 'corazon', 'pulmones', 'piel', 'boca', 'garganta', 'pupilas', 'columna', 'mucosas', 'cardiaca',
  'cardiaco', 'respiratoria', 'respiratorio', 'nervioso', 'orina', 'agudeza', 'vision', 'audicion', 'dictamen', 'lentes',
  'hallazgos', 'conclusiones', 'aptitud',
  // it
  'altezza', 'statura', 'polso', 'pressione', 'saturazione', 'circonferenza', 'cuore', 'polmoni', 'cute', 'addome', 'vista',
  'udito', 'esito', 'giudizio', 'idoneita',
  // nl
  'gewicht', 'lengte', 'temperatuur', 'pols', 'bloeddruk', 'saturatie', 'buikomvang', 'hart', 'longen', 'huid', 'buik',
  'gehoor', 'visus', 'conclusie', 'bevindingen',
  // pt
  'pressao', 'saturacao', 'circunferencia', 'coracao', 'pulmoes', 'pele', 'visao', 'audicao', 'conclusao', 'parecer',
  // pl
  'waga', 'wzrost', 'masa', 'tetno', 'cisnienie', 'saturacja', 'obwod', 'serce', 'pluca', 'skora', 'brzuch', 'wzrok',
  'sluch', 'wnioski', 'orzeczenie',
  // sv, da
  'vikt', 'langd', 'blodtryck', 'hjarta', 'lungor', 'hud', 'syn', 'horsel', 'vaegt', 'hojde', 'blodtryk', 'hjerte',
  'lunger', 'horelse',
  // fi
  'paino', 'pituus', 'lampo', 'lampotila', 'syke', 'verenpaine', 'sydan', 'keuhkot', 'iho', 'vatsa', 'nako', 'kuulo',
  // cs
  'hmotnost', 'vaha', 'vyska', 'teplota', 'tep', 'tlak', 'srdce', 'plice', 'kuze', 'bricho', 'zrak', 'zaver',
  // tr
  'kilo', 'boy', 'agirlik', 'ates', 'sicaklik', 'nabiz', 'tansiyon', 'kalp', 'akciger', 'cilt', 'karin', 'gorme', 'isitme',
  // Standard clinical abbreviations of vital signs and common lab values (blood pressure, heart and
  // respiratory rate, body mass index, HbA1c, cholesterol, liver and kidney values, lung function).
  'bp', 'bps', 'bpd', 'sbp', 'dbp', 'hr', 'rr', 'temp', 'spo2', 'sao2', 'bmi', 'bsa', 'hba1c', 'a1c', 'fbs', 'fbg', 'chol',
  'ldl', 'hdl', 'trig', 'crp', 'esr', 'wbc', 'rbc', 'hgb', 'hct', 'plt', 'inr', 'egfr', 'tsh', 'psa', 'fev', 'fvc', 'pef',
  'ecg', 'ekg', 'htn', 'hyp', 'alt', 'ast', 'ggt',
  // Organs and systems a finding or a history entry is of (`efhigado`, `Leber`, `foie`), in the seven lexicon languages.
  'liver', 'kidney', 'kidneys', 'bladder', 'gallbladder', 'bronchi', 'circulation', 'stomach', 'bowel', 'intestinal',
  'urinary', 'thyroid', 'teeth', 'nose', 'lymph', 'leber', 'niere', 'nieren', 'blase', 'bronchien', 'kreislauf', 'magen',
  'darm', 'foie', 'reins', 'vessie', 'bronches', 'estomac', 'intestin', 'urinaire', 'pulmon', 'higado', 'rinon', 'vesicula',
  'bronquios', 'circulacion', 'estomago', 'intestino', 'urinario', 'nariz', 'dientes', 'fegato', 'reni', 'vescica',
  'bronchi', 'circolazione', 'stomaco', 'lever', 'nieren', 'maag', 'darmen', 'figado', 'rins', 'bexiga', 'estomago',
  // Blood sugar, uric acid and heart murmurs as Spanish and Portuguese history forms write them.
  'azucar', 'glucosa', 'urico', 'soplo', 'soplos',
]);

/**
 * Measure words that are as often a thing's (a parcel's weight, a sensor's temperature, a
 * garment's size, an audit's findings) and the short abbreviations (`hr`, `alt`, `temp`): they
 * are read in an examination table, but do not by themselves make a table one.
 */
const THING_MEASURES = new Set([
  'weight', 'height', 'temperature', 'pressure', 'saturation', 'oxygen', 'circumference', 'girth', 'vision', 'visual',
  'findings', 'finding', 'conclusion', 'impression', 'complaint', 'complaints', 'fitness', 'glasses', 'lenses', 'gewicht',
  'groesse', 'grosse', 'temperatur', 'beurteilung', 'poids', 'taille', 'tension', 'frequence', 'perimetre', 'avis',
  'peso', 'talla', 'estatura', 'altura', 'temperatura', 'presion', 'perimetro', 'columna', 'lentes', 'conclusiones',
  'altezza', 'pressione', 'circonferenza', 'esito', 'giudizio', 'lengte', 'temperatuur', 'conclusie', 'pressao',
  'circunferencia', 'conclusao', 'parecer', 'waga', 'wzrost', 'masa', 'cisnienie', 'obwod', 'wnioski', 'vikt', 'langd',
  'vaegt', 'hojde', 'paino', 'pituus', 'lampo', 'lampotila', 'hmotnost', 'vaha', 'vyska', 'teplota', 'tlak', 'zaver',
  'kilo', 'boy', 'agirlik', 'ates', 'sicaklik', 'azucar',
]);

/** A body-specific measure or finding word (`pulse`, `abdomen`, `garganta`): it says the rows are examinations. */
function bodyWord(t: string): boolean {
  return MEASURE_WORDS.has(t) && !THING_MEASURES.has(t) && t.length > 3;
}

/** Shortest measure word read after a glued section code (`efhigado`, `cbpiel`), and the longest such code. */
const MIN_GLUED_MEASURE = 4;
const MAX_GLUED_CODE = 3;

/**
 * The measure word a token holds after a short section code of a clinical form (`efcorazon` →
 * `corazon`, `cborina` → `orina`), if any. Read only where the table is already known to be an
 * examination: elsewhere `cbpeso` could be anything.
 */
export function gluedMeasureWord(token: string, isHealthWord: (word: string) => boolean): string | undefined {
  for (let cut = 1; cut <= MAX_GLUED_CODE; cut++) {
    const rest = token.slice(cut);
    if (rest.length < MIN_GLUED_MEASURE) break;
    if (MEASURE_WORDS.has(rest) || isHealthWord(rest)) return rest;
  }
  return undefined;
}

/** Words that qualify a measurement without changing what it holds: side, unit, bound, how taken. */
const MEASURE_QUALIFIERS = new Set([
  'left', 'right', 'l', 'r', 'od', 'os', 'ou', 'sys', 'dia', 'max', 'min', 'mean', 'avg', 'kg', 'cm', 'mm', 'mmhg', 'bpm',
  'lbs', 'lb', 'in', 'inch', 'inches', 'm', 'c', 'f', 'celsius', 'resting', 'rest', 'fasting', 'body', 'blood', 'rate',
  'value', 'result', 'level', 'total', 'circ', 'sitting', 'standing', 'first', 'second', 'ratio', 'test', 'exam',
  'examination', 'measured', 'mass', 'index', 'level', 'rechts', 'links', 'droite', 'gauche', 'derecho', 'derecha',
  'izquierdo', 'izquierda', 'destro', 'sinistro', 'direito', 'esquerdo', 'links', 'rechts', 'prawe', 'lewe', 'systolisch',
  'diastolisch', 'systolique', 'diastolique', 'sistolica', 'diastolica', 'sistolico', 'diastolico', 'abdominal',
  'arterial', 'arterielle', 'arteriosa', 'corporal', 'corporea', 'corporelle', 'frecuencia', 'frequenza', 'frequencia',
  'respiratoria', 'respiratoire', 'cardiaca', 'cardiaque', 'visual', 'visuelle', 'visiva', 'krevni', 'tetnicze',
  // A condition present at the start of a study or in the person's history (`prevalentHyp`, `hx_htn`), a test of it (`lentesprueba`).
  'prevalent', 'incident', 'hx', 'prueba',
]);

/**
 * Whether the field name is a measurement or finding of an examination: a measure word, and
 * every other word a measure word or a qualifier (`weight_kg`, `visual_acuity_left`,
 * `tension_systolique`). A key, date, unit or examiner column never is (`exam_date`,
 * `weight_unit`, `doctor_name`): those words are neither.
 */
export function isMeasurementName(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  if (!words.some((t) => MEASURE_WORDS.has(t))) return false;
  return words.every((t) => MEASURE_WORDS.has(t) || MEASURE_QUALIFIERS.has(t));
}

/** The dataset's examination word, and whether it is one only in a clinical table (`exam`, `visits`). */
/** Sibling columns that are body-specific measurements or findings (see bodyWord), once per field list. */
const bodySiblingsOfList = new WeakMap<readonly string[], readonly string[]>();

/** The siblings whose names are body-specific measurements (`pulse`, `garganta`, `abdominal`), not a thing's size. */
export function bodySiblings(siblings: readonly string[]): readonly string[] {
  let found = bodySiblingsOfList.get(siblings);
  if (found === undefined) {
    found = siblings.filter((raw) => {
      const tokens = tokenizeIdentifier(raw.split('.').at(-1) ?? raw);
      return isMeasurementName(tokens) && tokens.some(bodyWord);
    });
    bodySiblingsOfList.set(siblings, found);
  }
  return found;
}

/** Words of a column holding a person's age or sex: a study's or a register's rows are people even without a key. */
const AGE_WORDS = new Set(['age', 'alter', 'edad', 'eta', 'leeftijd', 'idade', 'wiek', 'alder', 'ika', 'vek', 'yas']);
const SEX_WORDS = new Set(['sex', 'gender', 'male', 'female', 'geschlecht', 'sexe', 'sexo', 'sesso', 'geslacht', 'plec', 'kon', 'kon', 'sukupuoli', 'pohlavi', 'cinsiyet']);

/**
 * `judge` memoised per field list: the list is shared by all fields of a dataset, so a verdict on
 * it is computed once, not once per field (quadratic on a CSV of thousands of columns).
 */
export function perFieldList<T>(judge: (siblings: readonly string[]) => T): (siblings: readonly string[]) => T {
  const memo = new WeakMap<readonly string[], { value: T }>();
  return (siblings) => {
    let hit = memo.get(siblings);
    if (hit === undefined) memo.set(siblings, (hit = { value: judge(siblings) }));
    return hit.value;
  };
}

/** Whether the rows are people described by age and sex (a cohort's CSV: `male`, `age`), though no column is a key. */
export const demographicRows = perFieldList(hasAgeAndSex);

function hasAgeAndSex(siblings: readonly string[]): boolean {
  const leaves = siblings.map((raw) => tokenizeIdentifier(raw.split('.').at(-1) ?? raw));
  const whole = (words: ReadonlySet<string>): boolean => leaves.some((t) => t.length === 1 && words.has(t[0]));
  return whole(AGE_WORDS) && whole(SEX_WORDS);
}

export function examDatasetWord(dataset: string): { word: string; ambiguous: boolean } | undefined {
  const tokens = contentTokens(dataset);
  const strong = tokens.find((t) => EXAM_DATASET_WORDS.has(t));
  if (strong !== undefined) return { word: strong, ambiguous: false };
  const weak = tokens.find((t) => AMBIGUOUS_EXAM_WORDS.has(t));
  return weak === undefined ? undefined : { word: weak, ambiguous: true };
}

/** Sibling columns whose own names are health terms, counted once per field list (shared by its fields). */
const healthSiblingsOfList = new WeakMap<readonly string[], readonly string[]>();

/**
 * The sibling columns whose names alone mean health data (`diabetes`, `glucose`, `blood_pressure`,
 * `allergies`), judged by `isHealthName`: a table holding two of them is a record of people's
 * health, whatever it is called (a study's CSV, a `students` health sheet).
 */
export function healthSiblings(siblings: readonly string[], isHealthName: (raw: string) => boolean): readonly string[] {
  let found = healthSiblingsOfList.get(siblings);
  if (found === undefined) {
    found = siblings.filter(isHealthName);
    healthSiblingsOfList.set(siblings, found);
  }
  return found;
}
