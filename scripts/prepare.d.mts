// Types of scripts/prepare.mjs for the tests that import it.
/** What `npm run build` reads: a change to any of these makes dist/ stale. */
export declare const BUILD_INPUTS: readonly string[];
/** True when dist/bundle/main.js exists and no build input changed after it was written. */
export declare function distIsFresh(dir?: string): boolean;
