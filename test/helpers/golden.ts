// Golden files of the CLI cases. Reading one never creates it: a missing golden file fails the
// test, so a new case cannot pass the first time it runs. `npm run golden:update` (which sets
// DATAMIN_GOLDEN_UPDATE=1, and refuses to in CI) writes what was seen over the file's fields.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class MissingGoldenError extends Error {
  constructor(file: string) {
    super(`${path.relative(process.cwd(), file)} is missing: run \`npm run golden:update\` and review the file it writes`);
    this.name = 'MissingGoldenError';
  }
}

/** Whether this run may write golden files (only under `npm run golden:update`). */
export function updatingGoldens(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DATAMIN_GOLDEN_UPDATE === '1' && !env.CI;
}

/**
 * The golden file's content. Under `npm run golden:update` the fields seen are written over it
 * first (others it holds, such as neverPrinted, are kept); otherwise a missing file throws.
 */
export function readGolden<T extends object>(file: string, seen: Partial<T>, update = updatingGoldens()): T {
  if (update) {
    const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : ({} as T);
    writeFileSync(file, `${JSON.stringify({ ...previous, ...seen }, null, 2)}\n`);
  }
  if (!existsSync(file)) throw new MissingGoldenError(file);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
