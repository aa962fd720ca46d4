// The fuzz script's verdicts on one run of the CLI: crash, leak, lost file. Pure functions, so
// test/scripts/fuzz-checks.test.ts can check them without running anything.

/** Exit codes the CLI may end with: 0 clean, 1 findings, 2 usage/config/source errors. */
export const EXPECTED_EXIT_CODES = [0, 1, 2];

/** A V8 stack frame (`    at fn (file.js:12:3)`) or the CLI's fallback for an unknown error. */
const CRASH_SIGNS = [/^\s+at .+:\d+:\d+\)?$/m, /internal error/i, /unexpected error/i, /FATAL ERROR/, /Segmentation fault/];

/**
 * Why a run counts as a crash, or undefined: an exit code outside 0/1/2, death by a signal (other
 * than the timeout's, which is a hang), or a stack trace or "internal/unexpected error" on stderr.
 */
export function crashReason({ code, signal, stderr }) {
  if (signal) return `killed by ${signal}`;
  if (!EXPECTED_EXIT_CODES.includes(code)) return `exit code ${code}`;
  const sign = CRASH_SIGNS.find((pattern) => pattern.test(stderr));
  return sign ? `stderr matches ${sign}` : undefined;
}

/**
 * The forms a planted value may take in an output: as planted, and for values with digits and
 * separators (cards, phones) the digits alone, which a reporter that normalises would print.
 */
export function valueForms(value) {
  const forms = new Set([value]);
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 8 && /^[\d\s+().-]+$/.test(value)) forms.add(digits);
  return [...forms];
}

/**
 * Every planted value found in an output, with the output's name. Outputs are searched as
 * written and with backslashes removed (markdown escapes `.`, `_`, `*`; JSON escapes `/`), so
 * escaping does not hide a leak. Values shorter than 6 characters are refused: they would match
 * by chance.
 */
export function findLeaks(outputs, values) {
  const leaks = [];
  for (const value of values) {
    if (value.length < 6) throw new Error(`planted value too short to search for: ${value.length} characters`);
  }
  for (const { name, text } of outputs) {
    const unescaped = text.includes('\\') ? text.replace(/\\/g, '') : text;
    for (const value of values) {
      const form = valueForms(value).find((candidate) => text.includes(candidate) || unescaped.includes(candidate));
      if (form !== undefined) leaks.push({ output: name, value, form });
    }
  }
  return leaks;
}

/**
 * Input files the result does not account for: neither a scanned source, nor a dataset's source,
 * nor the file of an error or warning. Paths are compared as the CLI prints them (POSIX,
 * relative to the scan's working directory).
 */
export function lostFiles(result, files) {
  const seen = new Set();
  for (const source of result.sources ?? []) seen.add(source.path);
  for (const dataset of result.datasets ?? []) seen.add(dataset.source);
  for (const error of result.errors ?? []) if (error.file !== undefined) seen.add(error.file);
  return files.filter((file) => !seen.has(file));
}
