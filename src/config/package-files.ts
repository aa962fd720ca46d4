// Finds files shipped at the package root (rules.default.yaml, schemas/) from both src/config
// (vitest) and dist/config (after tsc): both sit two levels below the root.
import { fileURLToPath } from 'node:url';

export function packageFile(relativePath: string): string {
  return fileURLToPath(new URL(`../../${relativePath}`, import.meta.url));
}
