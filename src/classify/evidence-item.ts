// One evidence item as the classifier records it: its feature's weight from the weights table and
// the channel it speaks through (values, or the field's definition).
import type { EvidenceItem } from '../model/result.js';
import type { CategoryId } from '../model/taxonomy.js';
import { WEIGHTS, type Feature } from './weights.js';

export function item(category: CategoryId, kind: EvidenceItem['kind'], feature: Feature, detector: string, value: number, reason: string, direction: EvidenceItem['direction'] = 'for', channel?: EvidenceItem['channel']): EvidenceItem {
  return {
    category, kind, feature, detector, value: Math.round(value * 1000) / 1000, weight: WEIGHTS[feature], direction,
    channel: channel ?? (kind === 'value' && direction === 'for' ? 'values' : 'definition'), reason,
  };
}
