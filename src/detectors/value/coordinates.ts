// Value detector: a "latitude, longitude" pair in decimal degrees (WGS 84, ISO 6709 order):
// latitude in -90..90, longitude in -180..180, each with at least three decimals (~100 m).
import type { ValueDetector } from '../../model/index.js';

/** Optional brackets, two signed decimals separated by a comma, semicolon or space. */
const PAIR = /^[([]?\s?(-?\d{1,3}\.\d{3,15})\s?[,; ]\s?(-?\d{1,3}\.\d{3,15})\s?[)\]]?$/;

const detector: ValueDetector = {
  id: 'coordinates',
  kind: 'value',
  categories: ['location.coordinates'],
  description: 'Latitude/longitude pair in decimal degrees.',
  scope: 'whole',
  strength: 0.85,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 11 && value.length <= 50 && ((first >= 48 && first <= 57) || first === 45 || first === 40 || first === 91);
  },
  match(value) {
    if (value.length > 50) return undefined;
    const pair = PAIR.exec(value);
    if (pair === null) return undefined;
    const latitude = Number(pair[1]);
    const longitude = Number(pair[2]);
    return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { category: 'location.coordinates' } : undefined;
  },
};

export default detector;
