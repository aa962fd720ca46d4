// Types for logistic.mjs, so the TypeScript tests can check the calibration fit.
export interface LogisticModel {
  intercept: number;
  slope: number;
}
export declare function fitLogistic(observations: ReadonlyArray<{ score: number; correct: number }>): LogisticModel;
export declare function logisticAt(model: LogisticModel, score: number): number;
export declare function logisticPoints(model: LogisticModel): Array<[number, number]>;
