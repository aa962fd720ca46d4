// Types for sentinels.mjs, so the TypeScript tests can plant the same values the fuzz script does.
export declare function luhnCheckDigit(digits: string): string;
export interface Sentinels {
  email(): string;
  card(): string;
  phone(): string;
  name(): string;
  surname(): string;
}
export declare function sentinels(id: number, random: () => number): Sentinels;
