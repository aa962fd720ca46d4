// Types of scripts/make-large-scan.mjs for the tests that import it.
/** Datasets in the generated scan (149 from schemas, one CSV export). */
export declare const DATASETS: number;
/** How many of the generated datasets existed when the baseline was taken. */
export declare const BASELINE_DATASETS: number;
/** The baseline file name inside the generated folder. */
export declare const BASELINE_FILE: string;
/** Writes the inputs as they were when the baseline was taken (and datamin.yaml). */
export declare function writeBaselineInputs(dir: string): void;
/** Writes the datasets added since the baseline. */
export declare function writeNewInputs(dir: string): void;
/** Both steps, with `datamin baseline` (the built CLI) run between them. */
export declare function makeLargeScan(dir: string, datamin?: string): void;
/** Every dataset name, in generation order. */
export declare function datasetNames(): string[];
/** The datasets generated with personal columns. */
export declare function personalDatasetNames(): string[];
