// ODCS v3 data contracts: each schema object a dataset (physicalName first), each property a field
// at the line of its name with type, description and classification, nested properties and array
// items as paths; a retention service level attached to the fields of the objects it covers.
import { describe, expect, it } from 'vitest';
import type { SourceWarning } from '../../../src/model/index.js';
import { isSupportedFile, openSource } from '../../../src/sources/index.js';
import { parseSchemaDocument } from '../../../src/sources/schema/document.js';
import { odcsDatasets } from '../../../src/sources/schema/odcs.js';
import { sniffYamlFile } from '../../../src/sources/schema/route.js';

const file = 'test/fixtures/sources/odcs/customers.odcs.yaml';
const cwd = process.cwd();

function read(yaml: string): { datasets: ReturnType<typeof odcsDatasets>; warnings: SourceWarning[] } {
  const warnings: SourceWarning[] = [];
  return { datasets: odcsDatasets(parseSchemaDocument(yaml, 'c.yaml'), 'c.yaml', warnings), warnings };
}

describe('customers.odcs.yaml', () => {
  it('is sniffed as a contract and read as one dataset per schema object', async () => {
    expect(isSupportedFile(file)).toBe(true);
    expect(await sniffYamlFile(file)).toBe('odcs');
    const opened = await openSource(file, cwd);
    expect(opened.kind).toBe('odcs');
    expect(opened.datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type ?? ''}@${f.line}`)])).toEqual([
      [
        'customers',
        ['customer_id:bigint@18', 'email:varchar(320)@23', 'birth_date:date@29', 'address:object@33', 'address.street:string@36', 'address.postal_code:string@38', 'phone_numbers:array@41', 'phone_numbers[].number:string@46', 'created_at:timestamp@49'],
      ],
      ['order_lines', ['customer_id:integer@56', 'card_last4:string@58']],
    ]);
    expect(opened.datasets[0].fields[1]).toMatchObject({ comment: 'Login and receipts.; classification: restricted', column: 9 });
  });

  it("attaches each object's retention (value and unit, or an ISO duration) and warns about one it cannot read", async () => {
    const opened = await openSource(file, cwd);
    expect(opened.datasets[0].fields.map((f) => f.retention?.duration)).toEqual(Array(9).fill('P1Y'));
    expect(opened.datasets[0].fields[0].retention).toEqual({ duration: 'P1Y', source: file, line: 66 });
    expect(opened.datasets[1].fields.map((f) => f.retention?.duration)).toEqual(['P10Y', 'P10Y']);
    expect(opened.warnings).toEqual([{ message: 'a retention service level whose value and unit are not a period (for example value: 3, unit: y, or value: P3Y) was ignored', line: 73 }]);
  });
});

describe('ODCS idioms', () => {
  it('reads a contract written as JSON', async () => {
    const opened = await openSource('test/fixtures/sources/odcs/leads.odcs.json', cwd);
    expect(opened.kind).toBe('odcs');
    expect(opened.datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}@${f.line} ${f.retention?.duration ?? '-'}`)])).toEqual([['leads', ['email@9 P6M', 'phone@10 P6M']]]);
  });

  it('applies a retention without element to every object, the shortest where two cover one', () => {
    const { datasets } = read(`apiVersion: v3.1.0
kind: DataContract
schema:
  - name: leads
    properties:
      - name: email
slaProperties:
  - property: retention
    value: 30
    unit: days
  - property: retention
    value: 2
    unit: months
    element: leads.email
`);
    expect(datasets.map((d) => [d.name, d.fields.map((f) => `${f.name} ${f.retention?.duration ?? '-'}`)])).toEqual([['leads', ['email P30D']]]);
  });

  it('skips objects without a name with a warning, and reads a contract without retention', () => {
    const { datasets, warnings } = read('apiVersion: v3.0.0\nkind: DataContract\nschema:\n  - properties: []\n  - name: t\n    properties:\n      - name: ip\n        logicalType: string\n');
    expect(datasets.map((d) => [d.name, d.fields.map((f) => [f.name, f.retention])])).toEqual([['t', [['ip', undefined]]]]);
    expect(warnings).toEqual([{ message: 'a schema object without a name was skipped', line: 4 }]);
  });

  it('is not taken for an ODCS v2 document or another kind', async () => {
    const { topLevelYamlMembers } = await import('../../../src/sources/schema/route.js');
    const { isOdcsContract } = await import('../../../src/sources/schema/odcs.js');
    expect(isOdcsContract(topLevelYamlMembers('apiVersion: v2.2.2\nkind: DataContract\n'))).toBe(false);
    expect(isOdcsContract(topLevelYamlMembers('apiVersion: v3.0.0\nkind: Deployment\n'))).toBe(false);
    expect(isOdcsContract(topLevelYamlMembers("apiVersion: 'v3.0.1'\nkind: DataContract\n"))).toBe(true);
  });
});
