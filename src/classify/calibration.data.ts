// Written by scripts/accuracy/fit-calibration.mjs: do not edit. The confidence a raw score is
// worth, fitted on dev's calibration sources (corpus/split.json), which no rule was tuned on: a
// logistic curve of the raw score, written as [raw score, calibrated confidence] points joined linearly.
export const CALIBRATION = {
  fittedOn: [
    'autocusto-django-models',
    'bga-illinois-payroll-csv',
    'codimd-sequelize',
    'djangocrm-django-models',
    'fedena-rails-schema',
    'fitbit-tracker-csv',
    'fivetran-amplitude-csv',
    'fivetran-mailchimp-csv',
    'flaskbb-sqlalchemy-models',
    'german-credit-csv',
    'icehrm-mysql',
    'insurance-charges-csv',
    'mall-customers-segments-csv',
    'moov-customers-openapi',
    'opencats-mysql',
    'opencollective-graphql',
    'openpanel-prisma',
    'oulad-student-info-csv',
    'serna-impresos-nomina-sql-dump',
    'shopify-fixtures-json',
    'signal-server-proto',
    'syfosmregister-openapi',
    'teen-sns-profiles-csv',
  ],
  observations: { values: 54, definition: 458 },
  model: { kind: 'logistic', intercept: -5.1527, slope: 7.8697 },
  curves: {
    values: [[0.3, 0.058], [0.35, 0.083], [0.4, 0.119], [0.45, 0.166], [0.5, 0.228], [0.55, 0.305], [0.6, 0.394], [0.65, 0.491], [0.7, 0.588], [0.75, 0.679], [0.8, 0.758], [0.85, 0.823], [0.9, 0.873], [0.95, 0.911], [1, 0.938]],
    definition: [[0.3, 0.058], [0.35, 0.083], [0.4, 0.119], [0.45, 0.166], [0.5, 0.228], [0.55, 0.305], [0.6, 0.394], [0.65, 0.491], [0.7, 0.588], [0.75, 0.679], [0.8, 0.758], [0.85, 0.823], [0.9, 0.873], [0.95, 0.911], [1, 0.938]],
  },
} as const;
