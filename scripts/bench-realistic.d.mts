// Types of scripts/bench-realistic.mjs for the tests that import it.
/** xorshift32, seeded. */
export declare function seededRandom(seed: number): () => number;
/** One phone number in a national (or mixed) format of FR, US, DE, GB, ES, IT or NL. */
export declare function nationalPhone(rnd: () => number): string;
/** Writes whole records until `file` reaches `bytes`; kept when a file of that size exists. */
export declare function generateRealistic(file: string, bytes: number, seed?: number): Promise<void>;
