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
    values: [[0.604, 0.417], [0.728, 0.586], [0.842, 0.737], [0.88, 0.867], [0.92, 0.902], [0.985, 0.99]],
    definition: [[0.621, 0.484], [0.727, 0.571], [0.845, 0.712], [0.88, 0.867], [0.92, 0.896]],
  },
} as const;
