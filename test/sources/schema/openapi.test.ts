// OpenAPI source: component schemas, inline request/response bodies (component bodies not
// repeated), operation parameters (path-level, $ref'd, 2.0 style), YAML and JSON line numbers.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';

const dir = 'test/fixtures/sources/schema';
const cwd = process.cwd();

function dataset(datasets: readonly Dataset[], name: string): Dataset {
  const found = datasets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no dataset ${name} among ${datasets.map((d) => d.name).join(', ')}`);
  return found;
}

describe('OpenAPI 3.0 in YAML (hr-api.yaml)', () => {
  it('has a dataset per component with fields, per inline body and per operation with parameters', async () => {
    const opened = await openSource(`${dir}/hr-api.yaml`, cwd);
    expect(opened.kind).toBe('openapi');
    expect(opened.warnings).toBeUndefined();
    expect(opened.datasets.map((d) => d.name)).toEqual([
      'Employee',
      'Address',
      'GET /employees parameters',
      'POST /employees parameters',
      'POST /employees request',
      'GET /employees/{id} parameters',
      'GET /employees/{id} 200 response',
    ]);
    // `Status` (a string enum) has no fields; bodies that are a component or an array of one are not repeated.
    expect(opened.datasets.every((d) => d.kind === 'openapi' && d.location === 'test/fixtures/sources/schema/hr-api.yaml')).toBe(true);
  });

  it('flattens a component with a $ref to another component, lines from the original file', async () => {
    const { datasets } = await openSource(`${dir}/hr-api.yaml`, cwd);
    expect(dataset(datasets, 'Employee').fields).toEqual([
      { name: 'employeeId', type: 'string/uuid', line: 89, column: 9 },
      { name: 'dateOfBirth', type: 'string/date', comment: 'Date of birth (YYYY-MM-DD)', line: 92, column: 9 },
      { name: 'address.line1', type: 'string', line: 105, column: 9 },
      { name: 'address.postCode', type: 'string', line: 107, column: 9 },
      { name: 'phoneNumbers[]', type: 'string', line: 98, column: 9 },
    ]);
  });

  it('merges path-level ($ref) and operation parameters, each with type and description', async () => {
    const { datasets } = await openSource(`${dir}/hr-api.yaml`, cwd);
    expect(dataset(datasets, 'GET /employees parameters').fields).toEqual([
      { name: 'X-Tenant-Id', type: 'string', comment: 'Tenant the caller acts for', line: 80, column: 7 },
      { name: 'email', type: 'string/email', comment: 'Filter by e-mail address', line: 11, column: 11 },
      { name: 'page', type: 'integer', line: 17, column: 11 },
    ]);
    // No path-level parameters on this path: only the operation's own.
    expect(dataset(datasets, 'GET /employees/{id} parameters').fields).toEqual([
      { name: 'id', type: 'string/uuid', line: 52, column: 11 },
    ]);
  });

  it('reads inline bodies, preferring the JSON media type', async () => {
    const { datasets } = await openSource(`${dir}/hr-api.yaml`, cwd);
    expect(dataset(datasets, 'POST /employees request').fields).toEqual([
      { name: 'firstName', type: 'string', comment: 'Given name', line: 37, column: 17 },
      { name: 'homeAddress.line1', type: 'string', line: 105, column: 9 },
      { name: 'homeAddress.postCode', type: 'string', line: 107, column: 9 },
    ]);
    expect(dataset(datasets, 'GET /employees/{id} 200 response').fields.map((f) => `${f.name}@${f.line}`)).toEqual([
      'employee.employeeId@89',
      'employee.dateOfBirth@92',
      'employee.address.line1@105',
      'employee.address.postCode@107',
      'employee.phoneNumbers[]@98',
      'notes[]@71',
    ]);
  });
});

describe('OpenAPI 3.1 in JSON (shop-api.json)', () => {
  it('is sniffed from a .json file and reads 3.1 nullable types', async () => {
    const opened = await openSource(`${dir}/shop-api.json`, cwd);
    expect(opened.kind).toBe('openapi');
    expect(opened.datasets.map((d) => d.name)).toEqual(['Customer', 'Card', 'POST /customers request']);
    expect(dataset(opened.datasets, 'Customer').fields).toEqual([
      { name: 'email', type: 'string/email', comment: 'Login e-mail', line: 34, column: 11 },
      { name: 'ip', type: 'string', comment: 'Last IP', line: 35, column: 11 },
    ]);
    expect(dataset(opened.datasets, 'POST /customers request').fields).toEqual([
      { name: 'name', type: 'string', line: 13, column: 19 },
      { name: 'card.pan', type: 'string', comment: 'Card number', line: 41, column: 11 },
      { name: 'card.cvc', type: 'string', line: 42, column: 11 },
    ]);
  });
});

describe('Swagger 2.0 (legacy-swagger.yml)', () => {
  it('reads definitions, the body parameter as the request and the other parameters', async () => {
    const opened = await openSource(`${dir}/legacy-swagger.yml`, cwd);
    expect(opened.datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type}@${f.line}`)])).toEqual([
      ['User', ['gender:string@28']],
      ['POST /users parameters', ['X-Trace:string@16']],
      ['POST /users request', ['username:string@14']],
    ]);
  });
});

describe('YAML that is not OpenAPI', () => {
  it('given explicitly, is a SourceError', async () => {
    await expect(openSource(`${dir}/datamin.yaml`, cwd)).rejects.toMatchObject({
      name: 'SourceError',
      file: 'test/fixtures/sources/schema/datamin.yaml',
      message: "not an OpenAPI document (no top-level 'openapi' or 'swagger' key) nor an ODCS data contract (no 'kind: DataContract' with 'apiVersion: v3…')",
    });
  });
});
