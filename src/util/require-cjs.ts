// `require` for the CommonJS packages a scan loads (papaparse, yaml, commander, fast-glob, ignore,
// tinyduration; ajv when a schema is compiled from sources). Importing a CommonJS package from an
// ES module makes Node run its export lexer over the package's source first; requiring it does
// not. Measured on Node 20, loading these (with ajv): 200 → 115 ms and 0.40 → 0.24 s of CPU (the
// lexer is hot enough to be JIT-compiled on a helper thread), paid at every start and again in
// every worker thread. The other packages a scan loads are ES modules. The bundle the CLI runs
// (scripts/bundle.mjs) turns these calls into bundled requires, ajv's aside.
import { createRequire } from 'node:module';

export const requireCjs = createRequire(import.meta.url);
