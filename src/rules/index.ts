// The rule registry: every evaluator by id, sorted by id (STYLE.md guideline 1). A new rule is
// one file here, one line below and one entry in rules.default.yaml; the parity test checks all.
import type { RuleEvaluator } from '../model/index.js';
import aggregateRelease from './aggregate-release.js';
import consentNotRecorded from './consent-not-recorded.js';
import criminalDataWithoutAuthority from './criminal-data-without-authority.js';
import markedFieldNotDetected from './marked-field-not-detected.js';
import minimizationPrecision from './minimization-precision.js';
import minimizationQuasiIdentifiers from './minimization-quasi-identifiers.js';
import minimizationSparseField from './minimization-sparse-field.js';
import missingLegalBasis from './missing-legal-basis.js';
import neverStore from './never-store.js';
import noOptOut from './no-opt-out.js';
import processingAfterWithdrawal from './processing-after-withdrawal.js';
import profilingWithoutBasis from './profiling-without-basis.js';
import retentionExceeded from './retention-exceeded.js';
import retentionUndeclared from './retention-undeclared.js';
import specialCategoryWithoutCondition from './special-category-without-condition.js';
import staleDeclaration from './stale-declaration.js';
import undeclaredPersonalField from './undeclared-personal-field.js';
import unknownPurpose from './unknown-purpose.js';
import unmarkedPersonalField from './unmarked-personal-field.js';

export const RULE_EVALUATORS = {
  'aggregate-release': aggregateRelease,
  'consent-not-recorded': consentNotRecorded,
  'criminal-data-without-authority': criminalDataWithoutAuthority,
  'marked-field-not-detected': markedFieldNotDetected,
  'minimization-precision': minimizationPrecision,
  'minimization-quasi-identifiers': minimizationQuasiIdentifiers,
  'minimization-sparse-field': minimizationSparseField,
  'missing-legal-basis': missingLegalBasis,
  'never-store': neverStore,
  'no-opt-out': noOptOut,
  'processing-after-withdrawal': processingAfterWithdrawal,
  'profiling-without-basis': profilingWithoutBasis,
  'retention-exceeded': retentionExceeded,
  'retention-undeclared': retentionUndeclared,
  'special-category-without-condition': specialCategoryWithoutCondition,
  'stale-declaration': staleDeclaration,
  'undeclared-personal-field': undeclaredPersonalField,
  'unknown-purpose': unknownPurpose,
  'unmarked-personal-field': unmarkedPersonalField,
} as const satisfies Record<string, RuleEvaluator>;

/** The union of rule ids, so a typo in a test or a registry lookup fails type-checking. */
export type RuleId = keyof typeof RULE_EVALUATORS;

export const RULE_IDS = Object.keys(RULE_EVALUATORS) as RuleId[];
