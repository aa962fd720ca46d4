// no-opt-out: direct marketing on legitimate interests must stop when the person objects
// (GDPR Art. 21(2)-(3)), so its data needs an opt-out record. Fires for a purpose with
// `direct_marketing: true` and `legal_basis: legitimate_interests` when none of its datasets,
// nor a declared consent log, holds a `consent.record` field (opt-out flag, unsubscribe date).
import type { RuleEvaluator } from '../model/index.js';
import { purposesWithoutConsentRecord } from './shared/purpose-datasets.js';

const rule: RuleEvaluator = {
  id: 'no-opt-out',
  scope: 'scan',
  evaluate: (ctx) => purposesWithoutConsentRecord(ctx, (purpose) => purpose.direct_marketing === true && purpose.legal_basis === 'legitimate_interests'),
};

export default rule;
