// The schema sources on real files from the shared corpus (jsonresume, Xero Payroll UK, documenso).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, DeclaredField } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';
import { CORPUS_DIR, HAVE_CORPUS } from '../../helpers/corpus.js';

const corpus = CORPUS_DIR;
const cwd = path.dirname(corpus);

function field(dataset: Dataset, name: string): DeclaredField | undefined {
  return dataset.fields.find((candidate) => candidate.name === name);
}

function named(datasets: readonly Dataset[], name: string): Dataset {
  const found = datasets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no dataset ${name}`);
  return found;
}

describe.skipIf(!HAVE_CORPUS)('jsonresume-schema/resume.schema.json', () => {
  it('flattens basics, locations and arrays of objects with lines', async () => {
    const opened = await openSource(path.join(corpus, 'jsonresume-schema/resume.schema.json'), cwd);
    expect(opened.kind).toBe('json-schema');
    expect(opened.location).toBe('corpus/jsonresume-schema/resume.schema.json');
    expect(opened.warnings).toBeUndefined();
    const [resume] = opened.datasets;
    expect(resume.name).toBe('resume');
    expect(field(resume, 'basics.email')).toMatchObject({ type: 'string/email', comment: 'e.g. thomas@gmail.com', line: 33 });
    expect(field(resume, 'basics.phone')).toMatchObject({ type: 'string', line: 38 });
    expect(field(resume, 'basics.location.address')).toMatchObject({ type: 'string', line: 55 });
    expect(field(resume, 'basics.location.postalCode')).toMatchObject({ line: 59 });
    expect(field(resume, 'basics.profiles[].username')).toMatchObject({ line: 87 });
    // `startDate` is a $ref to definitions/iso8601: its own line, the definition's description.
    expect(field(resume, 'work[].startDate')).toMatchObject({ type: 'string', line: 129, comment: expect.stringMatching(/^Similar to the standard date type/) });
    expect(field(resume, 'skills[].keywords[]')).toMatchObject({ type: 'string', line: 339 });
    expect(resume.fields).toHaveLength(75);
  });
});

describe.skipIf(!HAVE_CORPUS)('xero-payroll-uk-openapi/xero-payroll-uk.yaml', () => {
  it('reads the Employee component with its personal fields, and the operations parameters', async () => {
    const opened = await openSource(path.join(corpus, 'xero-payroll-uk-openapi/xero-payroll-uk.yaml'), cwd);
    expect(opened.kind).toBe('openapi');
    expect(opened.warnings).toBeUndefined();
    const employee = named(opened.datasets, 'Employee');
    expect(field(employee, 'email')).toMatchObject({ type: 'string', comment: 'The email address for the employee', line: 5598 });
    expect(field(employee, 'dateOfBirth')).toMatchObject({ type: 'string/date', line: 5590 });
    expect(field(employee, 'phoneNumber')).toMatchObject({ type: 'string', comment: 'Employee phone number', line: 5609 });
    expect(field(employee, 'nationalInsuranceNumber')).toMatchObject({ type: 'string', line: 5647 });
    // `address` is a $ref to the Address component: its fields keep Address's lines.
    expect(field(employee, 'address.addressLine1')).toMatchObject({ type: 'string', line: 7462 });
    expect(field(employee, 'gender')).toMatchObject({ type: 'string', line: 5602 });
    expect(named(opened.datasets, 'GET /Employees parameters').fields.map((f) => f.name)).toEqual(['Xero-Tenant-Id', 'filter', 'page']);
    // Every response body in this API is a component: none is repeated as a dataset.
    expect(opened.datasets.filter((d) => d.name.endsWith(' response'))).toEqual([]);
  });
});

describe.skipIf(!HAVE_CORPUS)('documenso-prisma/schema.prisma', () => {
  it('reads model User without its relation fields', async () => {
    const opened = await openSource(path.join(corpus, 'documenso-prisma/schema.prisma'), cwd);
    expect(opened.kind).toBe('prisma');
    expect(opened.warnings).toBeUndefined();
    const user = named(opened.datasets, 'User');
    expect(field(user, 'email')).toEqual({ name: 'email', type: 'String', line: 42, column: 3 });
    expect(field(user, 'name')).toEqual({ name: 'name', type: 'String?', line: 41, column: 3 });
    expect(field(user, 'password')).toMatchObject({ type: 'String?', comment: 'Todo: (RR7) Remove after RR7 migration.', line: 44 });
    expect(field(user, 'roles')).toMatchObject({ type: 'Role[]' });
    expect(field(user, 'accounts')).toBeUndefined();
    expect(field(user, 'avatarImage')).toBeUndefined();
    expect(user.fields).toHaveLength(17);
  });
});
