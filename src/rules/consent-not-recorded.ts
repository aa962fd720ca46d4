// consent-not-recorded: a purpose resting on consent must be able to show it (GDPR Art. 7(1)).
// It fires when none of the purpose's datasets, nor its declared consent log, holds a field of
// `consent.record` in the scan. One finding per purpose, at the purpose in datamin.yaml.
import type { RuleEvaluator } from '../model/index.js';
import { purposesWithoutConsentRecord } from './shared/purpose-datasets.js';

const rule: RuleEvaluator = {
  id: 'consent-not-recorded',
  scope: 'scan',
  evaluate: (ctx) => purposesWithoutConsentRecord(ctx, (purpose) => purpose.legal_basis === 'consent'),
};

export default rule;
