// Dataset-context vocabulary for clinical tables: which dataset names are clinical, which sibling
// columns link rows to a person, and which generic column names carry the clinical content.
import { contentTokens } from './types.js';
import { perFieldList } from './clinical-exam.js';

/**
 * Dataset (table or file) names whose rows are clinical events, in the seven lexicon languages,
 * written as singular and plural where the plural is irregular (regular -s/-es/-en/-n plurals
 * are matched by `clinicalWord`). HL7 FHIR resource names (Condition, MedicationRequest,
 * Procedure, AllergyIntolerance, Immunization, Observation, Encounter, CarePlan, ImagingStudy,
 * DiagnosticReport) and the Synthea/OMOP table names built on them are covered.
 */
const CLINICAL_DATASET_WORDS = [
  // en
  'condition', 'diagnosis', 'diagnoses', 'medication', 'prescription', 'procedure', 'allergy', 'allergies', 'immunization',
  'immunisation', 'vaccination', 'vaccine', 'observation', 'encounter', 'careplan', 'imaging', 'lab', 'labresult', 'vital',
  'symptom', 'treatment', 'therapy', 'therapies', 'intolerance', 'diagnostic',
  // A person's death record: its cause columns are the condition they died of (OMOP `death.cause_source_value`).
  'death', 'deaths',
  // A table of medical records, visits, alerts or notes (`student_medical_visits`, `employee_medical_notes`);
  // adjectives only, in every language: `medicos`, `medici`, `clinica` are the doctors and the clinic.
  'medical', 'clinical',
  // de
  'diagnose', 'medikation', 'medikament', 'medikamente', 'verordnung', 'rezept', 'allergie', 'impfung', 'befund', 'laborwert',
  'behandlung', 'eingriff', 'befunde', 'medizinisch', 'medizinische', 'aerztlich', 'arztlich', 'aerztliche', 'arztliche',
  // fr (accents folded by the tokenizer)
  'ordonnance', 'traitement', 'consultation', 'antecedent', 'medical', 'medicale', 'medicaux',
  // es
  'diagnostico', 'medicamento', 'receta', 'alergia', 'vacuna', 'procedimiento', 'tratamiento',
  // it
  'diagnosi', 'farmaco', 'farmaci', 'prescrizione', 'prescrizioni', 'ricetta', 'ricette', 'vaccinazione', 'vaccinazioni',
  'procedura', 'trattamento', 'trattamenti',
  // nl (`allergieën` folds to `allergieen`)
  'medicatie', 'recept', 'allergieen', 'vaccinatie', 'verrichting', 'behandeling', 'medisch', 'medische', 'klinisch',
  // pt
  'prescricao', 'prescricoes', 'vacina', 'procedimento', 'tratamento',
];

/** Two-word dataset names (`care_plans`, `lab_results`, `imaging_studies` is covered by `imaging`). */
const CLINICAL_DATASET_PHRASES = [['care', 'plan'], ['lab', 'result'], ['vital', 'sign'], ['problem', 'list']];

/** Tokens naming the person a clinical row belongs to: a `PATIENT` or `patient_id` column. */
const PATIENT_WORDS = new Set([
  'patient', 'patienten', 'paciente', 'paziente', 'patiente', 'patiënt', 'mrn',
  // pl, fi, cs (sv, da and nl write `patient`; Turkish `hasta` is also Spanish "until", so a key word must follow it).
  'pacjent', 'potilas', 'pacient',
]);
/**
 * Keys of a clinical record a row belongs to (`encounter_id`, `visit_id`, MIMIC's `hadm_id`): the
 * record is a patient's, so a row hanging from it is that patient's too.
 */
const CLINICAL_RECORD_WORDS = new Set([
  'encounter', 'visit', 'admission', 'hadm', 'stay', 'episode', 'exam', 'examination', 'consultation', 'checkup',
  // A medical history or chart an examination's sections hang from (`historia_id`, `hist_id`).
  'hist', 'historia', 'anamnesis', 'anamnese', 'chart',
]);
/** Shortest abbreviation of a patient word read as one before a key (`paci_id`, `pazi_nr`). */
const MIN_PATIENT_ABBREVIATION = 4;
/** Person words that link rows to a person only as a key (`member_id`, `subject_id`, `person_id`). */
const PERSON_KEY_WORDS = new Set([
  'member', 'subject', 'person', 'insured', 'resident', 'client',
  // The people whose medical records schools, employers and apps keep (`student_id`, `employee_id`, `user_id`).
  'student', 'pupil', 'employee', 'worker', 'user', 'child', 'participant', 'schueler', 'mitarbeiter', 'eleve', 'salarie',
  'alumno', 'empleado', 'trabajador', 'studente', 'alunno', 'dipendente', 'leerling', 'werknemer', 'aluno', 'funcionario',
  // Employees and pupils in Polish, Swedish, Danish, Norwegian, Finnish, Czech and Turkish.
  'pracownik', 'uczen', 'anstalld', 'elev', 'medarbejder', 'ansatt', 'tyontekija', 'oppilas', 'zamestnanec', 'zak',
  'calisan', 'personel', 'ogrenci', 'hasta',
]);
const KEY_WORDS = new Set(['id', 'nr', 'no', 'number', 'num', 'key', 'ref', 'uuid']);

/**
 * Generic column names that hold the clinical content itself in such a table: the code, its
 * description or display text, the reason for it, the reaction, the measured value.
 */
const CONTENT_WORDS = new Set([
  'code', 'description', 'desc', 'descr', 'display', 'text', 'value', 'result', 'reason', 'reaction', 'name', 'term',
  'bezeichnung', 'beschreibung', 'wert', 'ergebnis', 'grund', 'libelle', 'valeur', 'resultat', 'motif', 'codigo',
  'descripcion', 'valor', 'resultado', 'motivo', 'codice', 'descrizione', 'valore', 'risultato', 'omschrijving', 'waarde',
  'uitslag', 'reden', 'descricao',
  // Notes and remarks in the lexicon languages (`observaciones`, `Bemerkung`, `commentaire`).
  'notiz', 'bemerkung', 'kommentar', 'remarque', 'commentaire', 'observation', 'observacion', 'observaciones',
  'comentario', 'comentarios', 'nota', 'notas', 'detalle', 'commento', 'commenti', 'osservazioni', 'opmerking',
  'opmerkingen', 'notitie', 'observacao', 'observacoes', 'title',
  // Results and remarks in Polish, Swedish, Danish, Finnish, Czech and Turkish.
  'wynik', 'wyniki', 'uwagi', 'resultat', 'tulos', 'huomautus', 'vysledek', 'poznamka', 'sonuc', 'aciklama',
  // Notes on and the course of a patient's condition, allergy or dose.
  'note', 'notes', 'comment', 'comments', 'summary', 'severity', 'criticality', 'manifestation', 'onset', 'abatement',
  // How, where and how much was given, and how sure or how far along the finding is.
  'route', 'dose', 'dosage', 'site', 'substance', 'certainty', 'stage', 'grade', 'outcome',
  // The cause of a death or an admission (`cause_source_value`, `underlying_cause`).
  'cause', 'underlying',
]);

/** Words that may qualify a content word without changing what it holds (`BODYSITE_CODE`, `REASONDESCRIPTION`). */
const QUALIFIER_WORDS = new Set([
  'body', 'site', 'bodysite', 'primary', 'secondary', 'snomed', 'icd', 'loinc', 'rxnorm', 'cvx', 'cpt', 'ops', 'atc',
  'allergen', 'substance', 'finding', 'test', 'drug', 'clinical',
  // Typed variants of one element (`onsetString`, `doseQuantity`, `exposureRoute`).
  'string', 'quantity', 'datetime', 'period', 'range', 'exposure',
  // The state of a dose or a reaction (`doseStatus`, `doseStatusReason`); a bare `status` is the record's own.
  'status',
  // OMOP's typed values and source codes (`value_as_number`, `condition_source_value`), MIMIC's `valuenum`.
  'as', 'number', 'num', 'source', 'numeric',
]);

/** Vocabulary used to split run-together upper-case names (`REASONCODE` → reason, code). */
const SPLIT_VOCABULARY = [...CONTENT_WORDS, ...QUALIFIER_WORDS, ...PATIENT_WORDS, ...PERSON_KEY_WORDS, ...KEY_WORDS, ...CLINICAL_DATASET_WORDS];

/** Event-log table names run together (MIMIC's `labevents`, `procedureevents`): the head word says what the events are. */
const EVENT_TAILS = new Set(['event', 'events']);

/**
 * Splits a token that is two known words run together (`reasoncode`, `patientid`,
 * `bodysite`), so upper-case CSV headers without separators read like snake_case ones.
 */
export function splitCompound(token: string): string[] {
  if (SPLIT_VOCABULARY.includes(token)) return [token];
  for (const head of SPLIT_VOCABULARY) {
    if (head.length >= 2 && token.startsWith(head) && token.length > head.length) {
      const tail = token.slice(head.length);
      if (SPLIT_VOCABULARY.includes(tail) || clinicalWord(tail) || EVENT_TAILS.has(tail)) return [head, tail];
    }
  }
  return [token];
}

/** `word` or its regular plural is a clinical dataset word (`conditions`, `allergien`, `impfungen`). */
export function clinicalWord(word: string): boolean {
  if (CLINICAL_DATASET_WORDS.includes(word)) return true;
  for (const tail of ['s', 'es', 'en', 'n']) {
    if (word.endsWith(tail) && CLINICAL_DATASET_WORDS.includes(word.slice(0, -tail.length))) return true;
  }
  return word.endsWith('ies') && CLINICAL_DATASET_WORDS.includes(`${word.slice(0, -3)}y`);
}

const singular = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/** The dataset name's clinical word, if the name is clinical (`conditions`, `imaging_studies`, `Impfungen`). */
export function clinicalDatasetWord(dataset: string): string | undefined {
  const tokens = contentTokens(dataset).flatMap(splitCompound);
  const hit = tokens.find(clinicalWord);
  if (hit !== undefined) return hit;
  for (const [a, b] of CLINICAL_DATASET_PHRASES) {
    const i = tokens.findIndex((t) => singular(t) === a);
    if (i >= 0 && tokens[i + 1] !== undefined && singular(tokens[i + 1]) === b) return `${a} ${b}`;
  }
  return undefined;
}

/**
 * The first two person columns of each field list: the list is shared by all fields of a
 * dataset, so it is judged once, not once per field (quadratic on a 100,000-column export).
 */
/** Columns of a message: beside them a `subject` is the message's. */
const MESSAGE_PARTS = new Set(['body', 'sender', 'recipient', 'from', 'to', 'cc', 'message', 'content', 'html']);

const personLinksOfList = new WeakMap<readonly string[], string[]>();

/** The first sibling column other than `self` that names the person the row belongs to, if any. */
export function personLink(siblings: readonly string[], self?: string): string | undefined {
  let links = personLinksOfList.get(siblings);
  if (links === undefined) {
    links = [];
    for (const raw of siblings) {
      if (isPersonLink(raw)) links.push(raw);
      if (links.length === 2) break;
    }
    // A bare `subject` references the person (FHIR `Condition.subject`), unless the rows are messages.
    if (links.length === 0 && siblings.includes('subject') && !siblings.some((s) => MESSAGE_PARTS.has(s.toLowerCase()))) links.push('subject');
    personLinksOfList.set(siblings, links);
  }
  return links.find((raw) => raw !== self);
}

function isPersonLink(raw: string): boolean {
  const tokens = leafTokens(raw);
  // `patientnummer`, `PatientNr`: a patient word may carry its key word run together.
  if (tokens.some(startsWithPatientWord)) return true;
  return tokens.some((t, i) => tokens[i + 1] !== undefined && KEY_WORDS.has(tokens[i + 1]) && (PERSON_KEY_WORDS.has(t) || CLINICAL_RECORD_WORDS.has(t) || patientAbbreviation(t)));
}

/** `paci`, `pazi`: a clipped patient word, as abbreviated schemas write it before `_id`. */
function patientAbbreviation(token: string): boolean {
  return token.length >= MIN_PATIENT_ABBREVIATION && PATIENT_WORD_LIST.some((p) => p.length > token.length && p.startsWith(token));
}

/** PATIENT_WORDS as a list, for the prefix tests (made once, not per column). */
const PATIENT_WORD_LIST = [...PATIENT_WORDS];

/** A patient word, possibly with its key word run together (`patientnummer`). */
const startsWithPatientWord = (token: string): boolean => PATIENT_WORD_LIST.some((p) => token.startsWith(p));

/** A sibling's last path segment as words, run-together compounds split (`PatientNr` → patient, nr). */
const leafTokens = (raw: string): string[] => contentTokens(raw.split('.').at(-1) ?? raw).flatMap(splitCompound);

/** Whether a sibling is the key of a clinical record (`encounter_id`, `hist_id`): the rows are part of a patient's record. */
export const clinicalRecordLink = perFieldList(hasClinicalRecordKey);

function hasClinicalRecordKey(siblings: readonly string[]): boolean {
  return siblings.some((raw) => {
    const tokens = leafTokens(raw);
    return tokens.some((t, i) => CLINICAL_RECORD_WORDS.has(t) && KEY_WORDS.has(tokens[i + 1] ?? ''));
  });
}

/** Whether a sibling names the patient themselves (`patient_id`, `PACIENTE`), not just some person or record. */
export const patientLink = perFieldList(hasPatientColumn);

function hasPatientColumn(siblings: readonly string[]): boolean {
  return siblings.some((raw) => {
    const tokens = leafTokens(raw);
    return tokens.some((t, i) => startsWithPatientWord(t) || (patientAbbreviation(t) && KEY_WORDS.has(tokens[i + 1] ?? '')));
  });
}

/**
 * Whether the field name (leaf tokens) is a generic content column: every word a content word,
 * a qualifier or a clinical word, at least one of them a content word, digits ignored
 * (`DESCRIPTION1`).
 */
export function isClinicalContentName(tokens: readonly string[]): boolean {
  const words = tokens.flatMap(splitCompound).filter((t) => !/^\d+$/.test(t));
  if (!words.some((t) => CONTENT_WORDS.has(t))) return false;
  return words.every((t) => CONTENT_WORDS.has(t) || QUALIFIER_WORDS.has(t) || clinicalWord(t));
}
