// Table tests for profile-name: segments, propensity, churn and lifetime-value scores, predictions,
// affinities, recommendation and lead scores (profiling) in seven languages.
import detector from '../../../src/detectors/name/profile-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'behavior.profile' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'segment', 'customer_segment', 'cohort', 'persona', 'propensity_score', 'churn_score', 'churn_risk', 'clv', 'ltv',
    'lifetime_value', 'predicted_gender', 'brand_affinity', 'recommendation_score', 'lead_score', 'next_best_offer',
    'Kundensegment', 'Abwanderungsrisiko', 'segment_client', 'risque_d_attrition', 'propension', 'riesgo_de_abandono',
    'propensione', 'rischio_di_abbandono', 'klantsegment', 'churnrisico', 'propensao', 'risco_de_abandono',
    { raw: 'churn_score', dataset: 'segments', siblings: ['customer_id', 'segment'] },
  ].map((name) => ({ name, category })),
  invalid: [
    'segment_id', 'segment_count', 'model_version', 'churn_threshold', 'road_segment', 'segment_config',
    { raw: 'segment', dataset: 'products', siblings: ['product_id', 'name', 'price'] },
    { raw: 'avg_clv', dataset: 'segment_report', siblings: ['segment', 'customers_count'] },
  ],
});
