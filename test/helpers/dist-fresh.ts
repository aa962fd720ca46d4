// Global setup of the e2e project: its tests run dist/, so a dist/ older than the sources would
// test old code and could pass by accident. `npm test` builds first (pretest); a lone
// `vitest run --project e2e` after an edit stops here with what to do.
import { distIsFresh } from '../../scripts/prepare.mjs';

export default function setup(): void {
  if (!distIsFresh()) throw new Error('dist/ is missing or older than src/: run `npm run build` first (npm test does)');
}
