// Checks on the purpose-map keys the personalization rules read (issue 24) that a JSON Schema
// cannot express: keys that only make sense together, and datasets of a purpose with a consent
// log that lack the subject key or time the withdrawal count joins on. Each error points at the
// key in datamin.yaml.
import type { DatasetDeclaration, Purpose } from '../model/index.js';
import { ConfigError } from './errors.js';
import type { YamlSource } from './yaml-source.js';

function at(source: YamlSource, path: string[], message: string, reason: 'missing-key' | 'invalid-value' = 'missing-key'): ConfigError {
  const { line, column } = source.locate(path);
  return new ConfigError(reason, `${path.join('.')}: ${message}`, source.file, line, column, path.join('.'));
}

/** The declared datasets whose field mappings name `purposeId`. */
function datasetsOfPurpose(datasets: Record<string, DatasetDeclaration>, purposeId: string): string[] {
  return Object.entries(datasets)
    .filter(([, declaration]) => Object.values(declaration.fields ?? {}).some((ids) => Array.isArray(ids) && ids.includes(purposeId)))
    .map(([name]) => name);
}

export function checkPersonalizationKeys(
  purposes: Record<string, Purpose>,
  datasets: Record<string, DatasetDeclaration>,
  source: YamlSource,
): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const [id, purpose] of Object.entries(purposes)) {
    const consent = purpose.consent;
    if (!consent) continue;
    const path = ['purposes', id, 'consent'];
    if ((consent.scope === undefined) !== (consent.scope_field === undefined)) {
      errors.push(at(source, path, 'scope and scope_field go together: scope_field names the log column, scope the value it must hold (scope_field: purpose, scope: personalization)'));
    }
    for (const name of datasetsOfPurpose(datasets, id)) {
      if (name === consent.dataset) continue;
      const declaration = datasets[name];
      const missing = [
        ...(declaration.subject === undefined ? ['subject (the field holding the person key, e.g. subject: cookie_id)'] : []),
        ...(declaration.timestamp_field === undefined && declaration.retention_field === undefined ? ['timestamp_field (when each row was processed, e.g. timestamp_field: ts)'] : []),
      ];
      if (missing.length > 0) {
        errors.push(at(source, ['datasets', name], `serves purpose '${id}', whose consent log is '${consent.dataset}', so its rows are checked against it and it needs ${missing.join(' and ')}`));
      }
    }
  }
  for (const [name, declaration] of Object.entries(datasets)) {
    const path = ['datasets', name];
    if (declaration.release === 'aggregate') {
      if (declaration.group_by === undefined) errors.push(at(source, path, 'release: aggregate needs group_by, the fields whose values form the released groups (group_by: [segment, region])'));
      if (declaration.subject === undefined) errors.push(at(source, path, 'release: aggregate needs subject, the field holding the person key, so groups are counted per person (subject: customer_id)'));
    } else {
      for (const key of ['group_by', 'k'] as const) {
        if (declaration[key] !== undefined) errors.push(at(source, [...path, key], `${key} applies only to a dataset with release: aggregate`, 'invalid-value'));
      }
    }
  }
  return errors;
}
