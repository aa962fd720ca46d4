// JSON Schema source: dotted/array field paths, $defs/definitions and file refs, a broken $ref,
// recursion, combinators, types with formats, comments and the lines of property keys.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeclaredField } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';

const dir = 'test/fixtures/sources/schema';
const cwd = process.cwd();

function byName(fields: readonly DeclaredField[]): Record<string, DeclaredField> {
  return Object.fromEntries(fields.map((field) => [field.name, field]));
}

describe('JSON Schema 2020-12 with $defs (person.schema.json)', () => {
  it('is one dataset named after the stem without .schema, with a warning for the broken $ref', async () => {
    const opened = await openSource(`${dir}/person.schema.json`, cwd);
    expect(opened.kind).toBe('json-schema');
    expect(opened.location).toBe('test/fixtures/sources/schema/person.schema.json');
    expect(opened.datasets.map((dataset) => [dataset.kind, dataset.name, dataset.location])).toEqual([
      ['json-schema', 'person', 'test/fixtures/sources/schema/person.schema.json'],
    ]);
    expect('rows' in opened.datasets[0]).toBe(false);
    expect(opened.warnings).toEqual([{ message: "unresolved $ref '#/$defs/doesNotExist': nothing at that path in this file", line: 27 }]);
  });

  it('flattens properties, nested objects, arrays of objects and arrays of scalars in declaration order', async () => {
    const { datasets } = await openSource(`${dir}/person.schema.json`, cwd);
    expect(datasets[0].fields.map((field) => field.name)).toEqual([
      'id',
      'email',
      'birthDate',
      'home.street',
      'home.location.city',
      'home.location.postalCode',
      'work[].employer',
      'work[].phone',
      'tags[]',
      'billing.iban',
      'manager.name',
      'manager.manager',
      'legacy',
      'nickname',
      'ssn',
      'passportNo',
    ]);
  });

  it('keeps type/format, title/description and the line and column of each property key', async () => {
    const fields = byName((await openSource(`${dir}/person.schema.json`, cwd)).datasets[0].fields);
    expect(fields['id']).toEqual({ name: 'id', type: 'integer', line: 6, column: 5 });
    expect(fields['email']).toEqual({ name: 'email', type: 'string/email', comment: 'Primary contact address', line: 7, column: 5 });
    // A $ref'd scalar: the property's own line, the definition's type and description.
    expect(fields['birthDate']).toEqual({ name: 'birthDate', type: 'string/date', comment: 'Date of birth', line: 12, column: 5 });
    // Fields reached through a $ref point at their declaration inside $defs.
    expect(fields['home.location.postalCode']).toEqual({ name: 'home.location.postalCode', type: 'string', comment: 'ZIP or postcode', line: 46, column: 13 });
    // `["string", "null"]` is a nullable string.
    expect(fields['work[].phone']).toMatchObject({ type: 'string', comment: 'Office phone', line: 20 });
    expect(fields['tags[]']).toMatchObject({ type: 'string', comment: 'Free labels', line: 24 });
    // Another file has no lines here: the field points at the $ref that brought it in.
    expect(fields['billing.iban']).toMatchObject({ type: 'string', comment: 'Account for refunds', line: 25, column: 5 });
  });

  it('stops at a recursive definition and still lists the field that recurses', async () => {
    const fields = byName((await openSource(`${dir}/person.schema.json`, cwd)).datasets[0].fields);
    expect(fields['manager.name']).toMatchObject({ type: 'string', line: 54 });
    expect(fields['manager.manager']).toMatchObject({ type: 'object', line: 55 });
    expect(Object.keys(fields).filter((name) => name.startsWith('manager.manager.'))).toEqual([]);
  });

  it('keeps a property whose $ref is broken, without a type, and unions allOf/anyOf members', async () => {
    const fields = byName((await openSource(`${dir}/person.schema.json`, cwd)).datasets[0].fields);
    expect(fields['legacy']).toEqual({ name: 'legacy', line: 27, column: 5 });
    expect(fields['nickname']).toMatchObject({ type: 'string', line: 30 });
    expect(fields['ssn']).toMatchObject({ type: 'string', comment: 'US social security number', line: 32 });
    expect(fields['passportNo']).toMatchObject({ type: 'string', line: 33 });
  });
});

describe('draft-07 with definitions in a plain .json (customer.json)', () => {
  it('is sniffed as a JSON Schema, not a data export', async () => {
    const opened = await openSource(`${dir}/customer.json`, cwd);
    expect(opened.kind).toBe('json-schema');
    expect(opened.warnings).toBeUndefined();
    expect(opened.datasets[0].name).toBe('customer');
    expect(opened.datasets[0].fields).toEqual([
      { name: 'fullName', type: 'string', comment: 'Full name', line: 9, column: 5 },
      { name: 'mobile', type: 'string', comment: 'E.164 number', line: 10, column: 5 },
      { name: 'ipAddress', type: 'string/ipv4', line: 11, column: 5 },
      { name: 'orders[].total', type: 'number', line: 14, column: 52 },
    ]);
  });
});

describe('a schema of which nothing can be read', () => {
  it('is a SourceError naming the broken root $ref and its line', async () => {
    await expect(openSource(`${dir}/only-broken.schema.json`, cwd)).rejects.toMatchObject({
      name: 'SourceError',
      file: 'test/fixtures/sources/schema/only-broken.schema.json',
      line: 3,
      message: "no field could be read: unresolved $ref '#/$defs/missing': nothing at that path in this file",
    });
  });
});

describe('objects used as maps (additionalProperties with a schema)', () => {
  it('declare the properties of their values as `map.*.name` fields', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'datamin-map-schema-'));
    try {
      const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: {
          id: { type: 'string' },
          contactsByRole: {
            type: 'object',
            description: 'keyed by role name',
            additionalProperties: { type: 'object', properties: { email: { type: 'string', format: 'email' }, phone: { type: 'string' } } },
          },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      };
      await writeFile(path.join(folder, 'team.schema.json'), JSON.stringify(schema, null, 2));
      const { datasets } = await openSource('team.schema.json', folder);
      expect(datasets[0].fields.map((field) => [field.name, field.type])).toEqual([
        ['id', 'string'],
        ['contactsByRole.*.email', 'string/email'],
        ['contactsByRole.*.phone', 'string'],
        ['labels', 'object'],
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
