// special-category-without-condition: special-category data (GDPR Art. 9(1)) used by a purpose
// that names no Art. 9(2) condition.
import type { RuleEvaluator } from '../model/index.js';
import { fieldsLackingCondition } from './shared/article-condition.js';

const rule: RuleEvaluator = {
  id: 'special-category-without-condition',
  scope: 'dataset',
  evaluate: (ctx) => fieldsLackingCondition(ctx, 'special', (purpose) => purpose.special_category_condition !== undefined),
};

export default rule;
