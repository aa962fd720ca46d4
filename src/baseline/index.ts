// The baseline step's public surface: the baseline file and applying it with `accept:` entries.
export {
  BASELINE_FILE_NAME,
  BASELINE_VERSION,
  BaselineError,
  buildBaseline,
  parseBaseline,
  serializeBaseline,
  type Baseline,
  type BaselineEntry,
  type BuildBaselineOptions,
} from './baseline-file.js';
export {
  acceptanceMatches,
  applyBaseline,
  expiredSuffix,
  isExpired,
  type AcceptanceRule,
  type ApplyBaselineOptions,
  type BaselineOutcome,
} from './apply.js';
