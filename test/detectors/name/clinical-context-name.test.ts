// Table tests for the clinical-context-name detector: generic columns of clinical tables that
// link to a person, and look-alikes (no person column, non-clinical table, non-content column).
import detector from '../../../src/detectors/name/clinical-context-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.health' as const;
const SYNTHEA = ['START', 'STOP', 'PATIENT', 'ENCOUNTER'];

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    { raw: 'CODE', dataset: 'conditions', siblings: SYNTHEA },
    { raw: 'DESCRIPTION', dataset: 'medications', siblings: SYNTHEA },
    { raw: 'REASONCODE', dataset: 'procedures', siblings: SYNTHEA },
    { raw: 'REASONDESCRIPTION', dataset: 'careplans', siblings: SYNTHEA },
    { raw: 'DESCRIPTION1', dataset: 'allergies', siblings: SYNTHEA },
    { raw: 'REACTION2', dataset: 'allergies', siblings: SYNTHEA },
    { raw: 'VALUE', dataset: 'observations', siblings: SYNTHEA },
    { raw: 'BODYSITE_DESCRIPTION', dataset: 'imaging_studies', siblings: SYNTHEA },
    { raw: 'vaccine_code', dataset: 'immunizations', siblings: ['patient_id', 'date'] },
    { raw: 'result', dataset: 'lab_results', siblings: ['member_id', 'taken_at'] },
    { raw: 'bezeichnung', dataset: 'Impfungen', siblings: ['Patient', 'Datum'] },
    { raw: 'descripcion', dataset: 'diagnosticos', siblings: ['paciente_id'] },
    { raw: 'omschrijving', dataset: 'medicatie', siblings: ['patientnummer'] },
    // A bare `subject` references the person; notes and the course of a condition are about it too.
    { raw: 'code', dataset: 'ProblemCondition', siblings: ['subject', 'onset', 'code'] },
    { raw: 'notes', dataset: 'allergies', siblings: ['patient', 'notes'] },
    { raw: 'severity', dataset: 'diagnoses', siblings: ['member_id', 'severity'] },
    { raw: 'doseStatusReason', dataset: 'Immunization', siblings: ['patient', 'vaccineCode'] },
    // A medical table of a school's or an employer's people; notes and titles in the lexicon languages.
    { raw: 'reason', dataset: 'pupil_medical_visits', siblings: ['pupil_id', 'visit_date'] },
    { raw: 'title', dataset: 'staff_medical_alerts', siblings: ['employee_id'] },
    { raw: 'observaciones', dataset: 'vacunas', siblings: ['trabajador_id', 'fecha'] },
    { raw: 'Bemerkung', dataset: 'medizinische_Befunde', siblings: ['Mitarbeiter_ID'] },
  ].map((name) => ({ name, category })),
  invalid: [
    // No person column: a code list of conditions, not someone's.
    { raw: 'CODE', dataset: 'conditions', siblings: ['CODE_SYSTEM', 'DISPLAY'] },
    // A table of doctors or clinics is no medical record (`medicos`, `clinica` are nouns).
    { raw: 'name', dataset: 'medicos', siblings: ['user_id'] },
    { raw: 'descripcion', dataset: 'clinicas', siblings: ['usuario_id', 'empleado_id'] },
    // A medical table without a person column is a catalogue.
    { raw: 'title', dataset: 'medical_alert_types', siblings: ['code'] },
    // Not a clinical table.
    { raw: 'DESCRIPTION', dataset: 'orders', siblings: SYNTHEA },
    { raw: 'code', dataset: 'products', siblings: ['patient_id'] },
    // Columns about the row, not its clinical content.
    { raw: 'BASE_COST', dataset: 'medications', siblings: SYNTHEA },
    { raw: 'ENCOUNTERCLASS', dataset: 'encounters', siblings: SYNTHEA },
    { raw: 'UNITS', dataset: 'observations', siblings: SYNTHEA },
    { raw: 'PATIENT', dataset: 'conditions', siblings: ['CODE', 'ENCOUNTER'] },
    { raw: 'provider_name', dataset: 'encounters', siblings: ['patient'] },
    // The record's own status, and a status with no clinical content word.
    { raw: 'status', dataset: 'Immunization', siblings: ['patient', 'vaccineCode'] },
    { raw: 'verificationStatus', dataset: 'Condition', siblings: ['subject', 'code'] },
    // `subject` alone is an e-mail's subject, not a person key.
    { raw: 'description', dataset: 'observations', siblings: ['subject', 'body'] },
    // No dataset or sibling context at all.
    'description',
  ],
});
