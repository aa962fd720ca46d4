// Schema validation with ajv and the wording of its errors: every ajv error becomes one
// ConfigError that says what was found, what was expected, and where (STYLE.md guideline 3).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnySchemaObject, ErrorObject, FormatDefinition, Options, ValidateFunction } from 'ajv';
import type * as AjvModule from 'ajv';
import { requireCjs } from '../util/require-cjs.js';
import { isDuration } from '../util/duration.js';
import { ConfigError, type ConfigErrorReason } from './errors.js';
import { packageFile } from './package-files.js';
import type { YamlSource } from './yaml-source.js';

/** The schemas shipped in `schemas/` that config files are validated against. */
export const SCHEMA_NAMES = ['datamin-config', 'rules-default'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** A real calendar day written as ISO 8601 `YYYY-MM-DD` (RFC 3339 full-date): 2026-02-30 is not. */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * ajv options, shared with scripts/build-validators.mjs so precompiled and runtime-compiled
 * validators report the same errors: `allErrors` so every problem is reported, `verbose` because
 * the wording below reads `data` and `parentSchema`.
 */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true } as const satisfies Options;

/** The custom formats the schemas use, in ajv's FormatDefinition shape (also handed to precompiled validators). */
export const SCHEMA_FORMATS = {
  'iso-duration': { type: 'string', validate: isDuration },
  date: { type: 'string', validate: isCalendarDay },
} as const satisfies Record<string, FormatDefinition<string>>;

/** What scripts/build-validators.mjs writes to dist/config/validators/<name>.cjs: a factory taking the formats. */
type PrecompiledValidatorFactory = (formats: typeof SCHEMA_FORMATS) => ValidateFunction;

const validators = new Map<SchemaName, ValidateFunction>();

/** Compiles a schema at run time: the path taken from TypeScript sources (vitest), where no precompiled module exists. */
function compileSchema(name: SchemaName): ValidateFunction {
  const { Ajv } = requireCjs('ajv') as typeof AjvModule;
  const schema = JSON.parse(readFileSync(packageFile(`schemas/${name}.schema.json`), 'utf8')) as AnySchemaObject;
  const ajv = new Ajv(AJV_OPTIONS);
  for (const [format, definition] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(format, definition);
  return ajv.compile(schema);
}

/**
 * The validator of a schema shipped in `schemas/`, made once per process. The build precompiles
 * each schema next to this file (ajv standalone code), which spares every start of the CLI from
 * loading ajv's compiler (~60 ms) and compiling (~40–65 ms per schema); running from sources,
 * the schema is compiled here instead. Both are built with AJV_OPTIONS and SCHEMA_FORMATS.
 */
export function schemaValidator(name: SchemaName): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  // Spelled from dist/ so it holds both here (dist/config/) and in the bundle (dist/bundle/).
  const precompiled = fileURLToPath(new URL(`../config/validators/${name}.cjs`, import.meta.url));
  const validate = existsSync(precompiled) ? (requireCjs(precompiled) as PrecompiledValidatorFactory)(SCHEMA_FORMATS) : compileSchema(name);
  validators.set(name, validate);
  return validate;
}

/** Splits an ajv JSON Pointer (`/purposes/a~1b`) into key segments (RFC 6901 §4). */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function typeName(type: unknown): string {
  const types = Array.isArray(type) ? (type as string[]) : [String(type)];
  return types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
}

interface Worded {
  reason: ConfigErrorReason;
  text: string;
  /** Key path to point at and whether to point at the key or its value. */
  at: string[];
  part: 'key' | 'value';
}

function word(error: ErrorObject): Worded {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const expected = properties ? ` (expected one of ${Object.keys(properties).join(', ')})` : '';
      return { reason: 'unknown-key', text: `unknown key '${extra}'${expected}`, at: [...path, extra], part: 'key' };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      // An acceptance without a reason is exactly the silent exception this file exists to prevent.
      const hint = path[0] === 'accept' && missing === 'reason' ? ' (say why this finding is acceptable, for example reason: "hashed before export, reviewed by DPO")' : '';
      return { reason: 'missing-key', text: `missing required key '${missing}'${hint}`, at: path, part: 'key' };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String).join(', ');
      return { reason: 'invalid-value', text: `${describeValue(data)} is not one of ${allowed}`, at: path, part: 'value' };
    }
    case 'const':
      return {
        reason: 'invalid-value',
        text: `${describeValue(data)} is not supported (expected ${String(params.allowedValue)})`,
        at: path,
        part: 'value',
      };
    case 'type':
      return { reason: 'invalid-type', text: `expected ${typeName(params.type)}, got ${describeValue(data)}`, at: path, part: 'value' };
    case 'format':
      if (params.format === 'iso-duration') {
        return {
          reason: 'invalid-duration',
          text: `${describeValue(data)} is not an ISO 8601 duration (for example P2Y, P6M, P30D)`,
          at: path,
          part: 'value',
        };
      }
      if (params.format === 'date') {
        return { reason: 'invalid-value', text: `${describeValue(data)} is not a date (YYYY-MM-DD, for example 2026-01-31)`, at: path, part: 'value' };
      }
      return { reason: 'invalid-value', text: `${describeValue(data)} is not a valid ${String(params.format)}`, at: path, part: 'value' };
    case 'propertyNames': {
      const name = String(params.propertyName);
      const hint = path.join('.') === 'purposes' ? " (purpose ids use letters, digits, '-', '_' and '.')" : '';
      return { reason: 'invalid-value', text: `invalid key '${name}'${hint}`, at: [...path, name], part: 'key' };
    }
    case 'pattern':
      return { reason: 'invalid-value', text: `${describeValue(data)} does not match ${String(params.pattern)}`, at: path, part: 'value' };
    case 'minLength':
      return { reason: 'invalid-value', text: 'must not be empty', at: path, part: 'value' };
    case 'minimum':
      return { reason: 'invalid-value', text: `${describeValue(data)} is below the minimum ${String(params.limit)}`, at: path, part: 'value' };
    case 'minItems':
      return { reason: 'invalid-value', text: `needs at least ${String(params.limit)} entries`, at: path, part: 'value' };
    case 'uniqueItems': {
      const list = Array.isArray(data) ? (data as unknown[]) : [];
      return { reason: 'invalid-value', text: `lists ${describeValue(list[Number(params.j)])} twice`, at: path, part: 'value' };
    }
    case 'anyOf':
      return {
        reason: 'invalid-value',
        text: `expected 'off', a severity (critical, high, medium, low, info) or { severity, enabled }, got ${describeValue(data)}`,
        at: path,
        part: 'value',
      };
    default:
      return { reason: 'invalid-value', text: error.message ?? `fails ${error.keyword}`, at: path, part: 'value' };
  }
}

const isUnder = (pointer: string, parent: string): boolean => pointer === parent || pointer.startsWith(`${parent}/`);

/**
 * ajv reports each failing `anyOf` branch plus the `anyOf` itself. The only `anyOf` in our
 * schemas is a rule override (`off` | severity | mapping): for a mapping, the mapping branch's
 * own errors are the useful ones; for anything else, one summary message is.
 */
function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  let result = errors;
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const data: unknown = anyOf.data;
    const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
    result = result.filter((e) => {
      if (e === anyOf) return !isMapping;
      if (!isUnder(e.instancePath, anyOf.instancePath)) return true;
      if (!isMapping) return false;
      return !(e.instancePath === anyOf.instancePath && (e.keyword === 'enum' || e.keyword === 'type'));
    });
  }
  return result;
}

/** Turns ajv errors into ConfigErrors located in `source`, sorted by position, duplicates removed. */
export function toConfigErrors(errors: readonly ErrorObject[], source: YamlSource): ConfigError[] {
  const seen = new Set<string>();
  const out: ConfigError[] = [];
  // The inner errors of `propertyNames` (tagged with `propertyName`) repeat the outer one.
  const outer = errors.filter((e) => e.propertyName === undefined);
  for (const error of collapseAnyOf(outer)) {
    const worded = word(error);
    const shownPath = pointerToPath(error.instancePath).join('.');
    const message = shownPath === '' ? worded.text : `${shownPath}: ${worded.text}`;
    const { line, column } = source.locate(worded.at, worded.part);
    const key = `${line}:${column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(new ConfigError(worded.reason, message, source.file, line, column, shownPath));
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Validates a parsed YAML source against a shipped schema. */
export function validateSource(name: SchemaName, source: YamlSource): ConfigError[] {
  const validate = schemaValidator(name);
  if (validate(source.value)) return [];
  return toConfigErrors(validate.errors ?? [], source);
}
