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
  ],
  observations: { values: 35, definition: 351 },
  curves: {
    values: [[0.611, 0.405], [0.711, 0.625], [0.846, 0.8], [0.88, 0.867], [0.917, 0.895], [0.987, 0.99]],
    definition: [[0.626, 0.459], [0.711, 0.625], [0.846, 0.797], [0.88, 0.867], [0.916, 0.888]],
  },
} as const;
