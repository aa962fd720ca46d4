// Table tests for the health-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/health-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.health' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'health', 'health_status', 'medical_history', 'diagnosis', 'DIAGNOSIS1', 'diagnosis_code', 'icd10',
    'allergies', 'allergy', 'medication', 'medications', 'prescription', 'disability', 'blood_type', 'pregnant',
    'is_pregnant', 'hiv_status', 'smoker', 'vaccination_status', 'Gesundheit', 'Krankheit', 'Diagnose',
    'Medikamente', 'Blutgruppe', 'Schwangerschaft', 'sante', 'maladie', 'groupe_sanguin', 'salud', 'enfermedad',
    'diagnostico', 'alergias', 'salute', 'malattia', 'diagnosi', 'gezondheid', 'ziekte', 'bloedgroep', 'saude',
    'doenca', 'gravidez', { raw: 'condition', dataset: 'patients' }, 'treatment',
    'has_diabetes', 'hypertension', 'had_stroke', 'asthma', 'Bluthochdruck', 'systolicBP', 'sys_bp', 'bp_meds',
    'cigarettes_per_day', 'total_cholesterol', 'chd_risk',
    // Examination findings and habits of a medical history, in the lexicon languages.
    'myopia', 'astigmatismo', 'Kurzsichtigkeit', 'miopia', 'hearing_loss', 'uric_acid', 'fumador', 'Raucher', 'fumeur',
    'bebedor', 'alcohol_consumption', 'tetanus_shot', 'tetano', 'gastritis', 'Arthrose', 'depressione', 'hipotension',
    // A condition word glued to a short section code (`pr`, `ef`, `hx`).
    'prcolesterol', 'efgastritis', 'hxdiabetes', 'fhhypertension', 'detfumador',
    // The ICD under its French, Spanish and Portuguese names.
    'DCD_CIM_COD', 'code_cim10', 'codigo_cie10', 'cid_10',
    // A pulse is measured in every language.
    'pulse', 'pulso', 'pouls', 'polso',
    // Another table's diagnosis key is the person's diagnosis, only the row's own key is not.
    { raw: 'diagnosis_id', dataset: 'patient_visits' },
  ].map((name) => ({ name, category })),
  invalid: [
    'health_check', 'healthcheck', 'health_endpoint', 'server_health', 'health_points', 'condition',
    'treatment_group', 'product_condition', 'drug_store', 'medical_count', 'wealth', 'stealth', 'allergen_free',
    'stroke_width', 'strokeColor', 'stroke_rate', 'inbox_health', 'sender_health_checked_at', 'domain_health',
    // Too short a word after a code is another word; a longer prefix is no code; a product's or a game's.
    'keystroke', 'backstroke', 'prhernia', 'myopia_level', 'depression_key', 'ulcer_price', 'pulse_width', 'pulse_survey',
    // A clinical table's own surrogate key numbers its rows (docs/labelling.md: keys are `[]`); a diagnosis key elsewhere is kept.
    { raw: 'condition_occurrence_id', dataset: 'condition_occurrence' }, { raw: 'diagnosis_id', dataset: 'diagnoses' },
    { raw: 'allergy_id', dataset: 'allergies' },
    // A company (`cie`) and a content id (`cid`) are no ICD.
    'cie_name', 'cid',
  ],
});
