// Where the shared real-world corpus lives (../shared/corpus beside the repository). Tests over
// it skip, saying so, on a machine that does not have it; everything else runs on bundled fixtures.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_DIR = process.env.DATAMIN_CORPUS ?? path.resolve(import.meta.dirname, '../../../shared/corpus');
export const HAVE_CORPUS = existsSync(CORPUS_DIR);
if (!HAVE_CORPUS) console.warn(`corpus tests skipped: ${CORPUS_DIR} not found (set DATAMIN_CORPUS)`);

export function corpusFile(...parts: string[]): string {
  return path.join(CORPUS_DIR, ...parts);
}
