// Written by scripts/accuracy/fit-calibration.mjs: do not edit. The confidence a raw score is
// worth, per evidence profile, fitted on dev's calibration sources (corpus/split.json), which no
// rule was tuned on. Points are [raw score, calibrated confidence], joined linearly.
export const CALIBRATION = {
  fittedOn: [
    'bga-illinois-payroll-csv',
    'djangocrm-django-models',
    'fedena-rails-schema',
    'fitbit-tracker-csv',
    'german-credit-csv',
    'icehrm-mysql',
    'insurance-charges-csv',
    'mall-customers-segments-csv',
    'moov-customers-openapi',
    'opencats-mysql',
    'opencollective-graphql',
    'oulad-student-info-csv',
    'shopify-fixtures-json',
    'signal-server-proto',
    'teen-sns-profiles-csv',
    'us-senate-csv',
  ],
  observations: { values: 44, definition: 356 },
  curves: {
    values: [[0.613, 0.4], [0.715, 0.714], [0.845, 0.797], [0.88, 0.867], [0.917, 0.894], [0.985, 0.99]],
    definition: [[0.628, 0.45], [0.713, 0.7], [0.847, 0.783], [0.88, 0.867], [0.916, 0.887]],
  },
} as const;
