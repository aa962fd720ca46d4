// criminal-data-without-authority: criminal-offence data (GDPR Art. 10) used by a purpose that
// names no official authority or legal authorisation (`criminal_data_authority`).
import type { RuleEvaluator } from '../model/index.js';
import { fieldsLackingCondition } from './shared/article-condition.js';

const rule: RuleEvaluator = {
  id: 'criminal-data-without-authority',
  scope: 'dataset',
  evaluate: (ctx) => fieldsLackingCondition(ctx, 'criminal', (purpose) => (purpose.criminal_data_authority ?? '').trim() !== ''),
};

export default rule;
