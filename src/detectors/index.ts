// The detector registry: every name and value detector, listed explicitly (no globbing at
// runtime). Each family keeps its own sorted list in name/index.ts and value/index.ts.
import type { Detector, NameDetector, ValueDetector } from '../model/detector.js';
import { nameDetectors } from './name/index.js';
import { valueDetectors } from './value/index.js';

export { nameDetectors, valueDetectors };

export const detectors: readonly Detector[] = [...nameDetectors, ...valueDetectors];

export function detectorSet(): { name: readonly NameDetector[]; value: readonly ValueDetector[] } {
  return { name: nameDetectors, value: valueDetectors };
}
