// Table tests for the examination part of clinical-context-name: measurements and findings of a
// medical examination (vitals, physicals, occupational check-ups) in twelve languages, and the
// look-alikes it must leave alone (product sizes, school exams, web visits, sensor readings).
import detector from '../../../src/detectors/name/clinical-context-name.js';
import { isMeasurementName, examDatasetWord } from '../../../src/detectors/lexicon/clinical-exam.js';
import { toFieldName, tokenizeIdentifier } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';
import { describe, expect, it } from 'vitest';

const category = 'special.health' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    // Examination tables named as such, keyed by a patient, an employee, a pupil or an encounter.
    { raw: 'weight', dataset: 'form_vitals', siblings: ['encounter_id', 'weight', 'height'] },
    { raw: 'bps', dataset: 'form_vitals', siblings: ['patient_id', 'bps', 'bpd'] },
    { raw: 'waist_circ', dataset: 'vitals', siblings: ['pid', 'encounter_id'] },
    { raw: 'Gewicht', dataset: 'Vorsorgeuntersuchung', siblings: ['Mitarbeiter_ID', 'Datum'] },
    { raw: 'poids', dataset: 'examens_medicaux', siblings: ['salarie_id', 'date_examen'] },
    { raw: 'talla', dataset: 'examen_fisico', siblings: ['paciente_id', 'fecha'] },
    { raw: 'abdomen', dataset: 'examen_fisico', siblings: ['paciente_id', 'fecha'] },
    { raw: 'giudizio_idoneita', dataset: 'visite_mediche', siblings: ['dipendente_id'] },
    { raw: 'lengte', dataset: 'medische_keuring', siblings: ['werknemer_id'] },
    { raw: 'altura', dataset: 'exame_clinico', siblings: ['paciente_id'] },
    { raw: 'wzrost', dataset: 'badania_lekarskie', siblings: ['pracownik_id'] },
    { raw: 'vikt', dataset: 'halsoundersokning', siblings: ['anstalld_id'] },
    { raw: 'pituus', dataset: 'terveystarkastus', siblings: ['tyontekija_id'] },
    { raw: 'hmotnost', dataset: 'lekarska_prohlidka', siblings: ['zamestnanec_id'] },
    { raw: 'boy', dataset: 'muayene', siblings: ['hasta_id'] },
    { raw: 'wynik', dataset: 'badania_lekarskie', siblings: ['pracownik_id'] },
    // An exam or visit of patients (a patient column, or health columns beside it).
    { raw: 'height_cm', dataset: 'patient_exams', siblings: ['patient_id', 'exam_date'] },
    { raw: 'temperature', dataset: 'visits', siblings: ['member_id', 'diagnosis'] },
    // No clinical name, but three health columns beside it (two beside a patient or record key): a study's or a health sheet's rows.
    { raw: 'weight', dataset: 'cohort', siblings: ['subject_id', 'diabetes', 'hypertension', 'bmi', 'weight'] },
    // A clipped patient word before a key, and a clinical record key, link rows to a patient.
    { raw: 'pulse', dataset: 'checkups', siblings: ['pati_id'] },
    { raw: 'VALUE', dataset: 'lab_results', siblings: ['hadm_id', 'itemid'] },
    // OMOP and MIMIC: typed values and source codes of a person's measurements, causes of death, lab events.
    { raw: 'value_as_number', dataset: 'measurement', siblings: ['person_id', 'measurement_concept_id'] },
    { raw: 'cause_source_value', dataset: 'death', siblings: ['person_id', 'death_date'] },
    { raw: 'valuenum', dataset: 'labevents', siblings: ['subject_id', 'hadm_id', 'itemid'] },
    { raw: 'dose_number', dataset: 'immunizations', siblings: ['patient_id', 'vaccine_type'] },
    // Findings per organ system in a table hanging from a medical history: its body columns make it an examination.
    { raw: 'garganta', dataset: 'ExSys', siblings: ['historia_id', 'garganta', 'abdominal', 'pupilas'] },
    { raw: 'abdomen', dataset: 'findings_tbl', siblings: ['encounter_id', 'heart', 'lungs', 'abdomen'] },
    // A section code glued to the finding (`ef` illness, `cb` changes) in a patient's history form.
    { raw: 'efhigado', dataset: 'HsPers', siblings: ['paci_id', 'fumador', 'alergias', 'efhigado'] },
    { raw: 'cbpeso', dataset: 'HsPers', siblings: ['paci_id', 'fumador', 'alergias', 'cbpeso'] },
    // A cohort's rows: no key, but age, sex and several health columns.
    { raw: 'prevalentHyp', dataset: 'cohort', siblings: ['male', 'age', 'diabetes', 'currentSmoker', 'glucose', 'prevalentHyp'] },
  ].map((name) => ({ name, category })),
  invalid: [
    // Sizes of things, not bodies.
    { raw: 'weight', dataset: 'products', siblings: ['sku', 'height', 'width'] },
    { raw: 'weight_kg', dataset: 'shipments', siblings: ['customer_id', 'height_cm'] },
    { raw: 'temperature', dataset: 'sensor_readings', siblings: ['device_id', 'user_id', 'pressure'] },
    // A school exam and a web visit: no patient, no health column.
    { raw: 'result', dataset: 'exam_results', siblings: ['student_id', 'score'] },
    { raw: 'duration', dataset: 'visits', siblings: ['user_id', 'page'] },
    { raw: 'height', dataset: 'visits', siblings: ['user_id', 'page'] },
    // A `notes` beside health columns may be about anything: only measurements follow the siblings.
    { raw: 'notes', dataset: 'students', siblings: ['student_id', 'allergies', 'medications'] },
    // One stray health column does not make a people table an examination.
    { raw: 'height', dataset: 'employees', siblings: ['employee_id', 'blood_type'] },
    // An examination without any person or record column is a form template or a catalogue.
    { raw: 'weight', dataset: 'vitals', siblings: ['code', 'unit'] },
    // Keys, dates, units and the examiner are not what was found.
    { raw: 'exam_date', dataset: 'form_vitals', siblings: ['patient_id'] },
    { raw: 'weight_unit', dataset: 'form_vitals', siblings: ['patient_id'] },
    { raw: 'doctor_name', dataset: 'examen_fisico', siblings: ['paciente_id'] },
    // A profile's habits (`smoker`, `drinker`) do not make its `height` an examination's: a user key needs three health columns.
    { raw: 'height', dataset: 'profiles', siblings: ['user_id', 'age', 'gender', 'smoker', 'drinker'] },
    // A garment's size and a room's readings beside a customer or a building.
    { raw: 'talla', dataset: 'garments', siblings: ['customer_id', 'peso', 'cintura'] },
    { raw: 'temperature', dataset: 'rooms', siblings: ['building_id', 'humidity', 'heart'] },
    // A glued code is read only in an examination: elsewhere `cbpeso` is nothing.
    { raw: 'cbpeso', dataset: 'orders', siblings: ['customer_id', 'total'] },
    // A cohort without health columns is a people table, whatever its `weight`.
    { raw: 'weight', dataset: 'members', siblings: ['male', 'age', 'income', 'weight'] },
    // IoT measurements of a user's devices are not a person's; events that are not a clinical word neither.
    { raw: 'value', dataset: 'measurements', siblings: ['user_id', 'device_id'] },
    { raw: 'value', dataset: 'clickevents', siblings: ['user_id', 'page'] },
    // Spanish `hasta` ("until") is no Turkish patient key.
    { raw: 'peso', dataset: 'examenes', siblings: ['fecha_hasta', 'usuario_id'] },
  ],
});

describe('examination vocabulary', () => {
  it('reads a measurement with its side, unit or bound, but not a key, date or unit of it', () => {
    for (const raw of ['visual_acuity_left', 'tension_systolique', 'blutdruck_sys', 'pressione_max', 'krevni_tlak', 'fev1']) {
      expect(isMeasurementName(tokenizeIdentifier(raw)), raw).toBe(true);
    }
    for (const raw of ['weight_unit', 'exam_date', 'height_id', 'doctor', 'pulse_width']) {
      expect(isMeasurementName(tokenizeIdentifier(raw)), raw).toBe(false);
    }
  });

  it('tells an unambiguous examination word from one that is also a school exam or a visit', () => {
    expect(examDatasetWord('Vitalzeichen')).toEqual({ word: 'vitalzeichen', ambiguous: false });
    expect(examDatasetWord('exam_results')).toEqual({ word: 'exam', ambiguous: true });
    expect(examDatasetWord('orders')).toBeUndefined();
  });
});
