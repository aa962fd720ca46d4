// Types for isotonic.mjs, so the TypeScript tests can check the calibration fit.
export declare const MIN_BLOCK: number;
export declare function fitIsotonic(observations: ReadonlyArray<{ score: number; correct: number }>): Array<[number, number]>;
