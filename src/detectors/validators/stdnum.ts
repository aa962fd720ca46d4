// The validators of the stdnum package (python-stdnum's port) for built-in value detectors: the
// detector checks the shape people write and normalises it; stdnum checks the digits. A module
// loads on the first value that reaches it, not when the registry loads (the whole package takes
// some 400 ms to load, one module about 30, and most scans never see the identifier).
export type StdnumCheck = (compact: string) => boolean;

interface StdnumModule {
  validate(value: string): { isValid: boolean };
}

/** `load` returns the stdnum module (a literal `requireCjs('stdnum/lib/cjs/…')`, which the bundle follows). */
export function lazyStdnum(load: () => unknown): StdnumCheck {
  let module: StdnumModule | undefined;
  return (compact) => {
    module ??= load() as StdnumModule;
    try {
      return module.validate(compact).isValid;
    } catch {
      return false;
    }
  };
}
