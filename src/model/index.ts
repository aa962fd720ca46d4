// Re-exports of the model: types and the taxonomy, importable as one module.
export * from './taxonomy.js';
export * from './dataset.js';
export * from './detector.js';
export * from './detector-ids.js';
export * from './result.js';
export * from './rule.js';
export * from './subject-counts.js';
export * from './sample.js';
