// Value detector (weak): a single decimal-degree number with at least four decimals (~10 m),
// as a latitude or longitude column holds. Exchange rates look the same: the name decides.
import type { ValueDetector } from '../../model/index.js';

const DECIMAL_DEGREES = /^-?\d{1,3}\.\d{4,15}$/;

const detector: ValueDetector = {
  id: 'coordinate-decimal',
  kind: 'value',
  categories: ['location.coordinates'],
  description: 'Single latitude or longitude in decimal degrees (4+ decimals); weak without a name.',
  scope: 'whole',
  strength: 0.35,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 6 && value.length <= 20 && ((first >= 48 && first <= 57) || first === 45);
  },
  match(value) {
    if (value.length > 20 || !DECIMAL_DEGREES.test(value)) return undefined;
    // Longitudes reach 180; a latitude column stays within 90 and matches too.
    return Math.abs(Number(value)) <= 180 ? { category: 'location.coordinates' } : undefined;
  },
};

export default detector;
