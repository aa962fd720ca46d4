// The detector registry: every name and value detector, listed explicitly (no globbing at
// runtime). Each family keeps its own sorted list in name/index.ts and value/index.ts; the
// detectors declared in datamin.yaml join them here, compiled into the same shape.
import type { CustomDetectorSpec, Detector, NameDetector, ValueDetector } from '../model/detector.js';
import { compileCustomDetector } from './custom.js';
import { addCustomCategories } from '../model/taxonomy.js';
import { nameDetectors } from './name/index.js';
import { valueDetectors } from './value/index.js';

export { nameDetectors, valueDetectors };

export const detectors: readonly Detector[] = [...nameDetectors, ...valueDetectors];

/**
 * The built-in detectors plus those declared in datamin.yaml. The declarations were checked when
 * the file loaded (config/detectors.ts), so compiling them again here does not fail.
 */
export function detectorSet(custom: readonly CustomDetectorSpec[] = []): { name: readonly NameDetector[]; value: readonly ValueDetector[] } {
  if (custom.length === 0) return { name: nameDetectors, value: valueDetectors };
  // The custom categories these detectors report: a worker thread knows them only from here.
  addCustomCategories(custom.flatMap((spec) => (spec.customCategory ? [spec.customCategory] : [])));
  const compiled = custom.map(compileCustomDetector);
  return {
    name: [...nameDetectors, ...compiled.flatMap((c) => (c.name ? [c.name] : []))],
    value: [...valueDetectors, ...compiled.flatMap((c) => (c.value ? [c.value] : []))],
  };
}

/** Every detector of a scan, built-in and declared, for `datamin detectors` and a report's method. */
export function allDetectors(custom: readonly CustomDetectorSpec[] = []): readonly Detector[] {
  const set = detectorSet(custom);
  return [...set.name, ...set.value];
}
