// The JSON reporter: the result object itself, the public contract (schemas/scan-result.schema.json).
import type { Reporter } from './types.js';

export const json: Reporter = (result) => `${JSON.stringify(result, null, 2)}\n`;
