// Data contracts: Avro (`.avsc`), Protobuf (`.proto`) and GraphQL SDL (`.graphql`/`.gql`).
// Nested records and messages become dotted paths, unions and `optional` mark optional types,
// docs and comments are descriptions, every field points at its declaring line; anything a
// reader cannot read is skipped with a warning on its line, never a crash.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, SourceWarning } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';
import { graphqlDatasets } from '../../../src/sources/schema/graphql.js';
import { protoDatasets } from '../../../src/sources/schema/protobuf.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

const cwd = process.cwd();
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'datamin-contracts-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function summary(datasets: readonly Dataset[]): Array<[string, string[]]> {
  return datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type ?? ''}@${f.line ?? '?'}`)]);
}

describe('Avro', () => {
  it('flattens nested and referenced records, reads unions, logical types and docs', async () => {
    const opened = await openSource('test/fixtures/sources/avro/customer.avsc', cwd);
    expect(opened.kind).toBe('avro');
    expect(summary(opened.datasets)).toEqual([
      [
        'Customer',
        [
          'customer_id:uuid@7',
          'email:string@8',
          'full_name:string?@9',
          'date_of_birth:date?@11',
          'home_address.street:string@21',
          'home_address.postal_code:string@22',
          'home_address.country:enum@23',
          // `["null", "Address"]`: the record declared above, by name.
          'billing_address.street:string@21',
          'billing_address.postal_code:string@22',
          'billing_address.country:enum@23',
          'phone_numbers[]:string@28',
          'attributes.*:string@29',
          'signed_up_at:timestamp-millis@30',
          'loyalty_tier:int|string?@31',
        ],
      ],
    ]);
    const fields = opened.datasets[0].fields;
    expect(fields.find((f) => f.name === 'email')?.comment).toBe('Primary contact address, verified');
    expect(fields.find((f) => f.name === 'date_of_birth')?.comment).toBe('Used for the age check only');
    expect(opened.warnings).toEqual([{ message: 'a field of record Customer has no name or type; skipped', line: 32 }]);
  });

  it('reads a top-level union of records, leaving out those another record nests', async () => {
    const file = path.join(tmp, 'events.avsc');
    await writeFile(file, JSON.stringify([
      { type: 'record', name: 'Geo', fields: [{ name: 'lat', type: 'double' }] },
      { type: 'record', name: 'Login', fields: [{ name: 'ip_address', type: 'string' }, { name: 'geo', type: ['null', 'Geo'] }, { name: 'self', type: ['null', 'Login'] }] },
    ], null, 1));
    const opened = await openSource(file, tmp);
    expect(opened.datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type ?? ''}`)])).toEqual([['Login', ['ip_address:string', 'geo.lat:double', 'self:record?']]]);
  });

  it('a file that is not JSON is a one-line error naming its line', async () => {
    const file = path.join(tmp, 'broken.avsc');
    await writeFile(file, '{\n  "type": "record",\n  "fields": [\n}\n');
    await expect(openSource(file, tmp)).rejects.toMatchObject({ name: 'SourceError', file: 'broken.avsc', line: expect.any(Number) as number });
  });
});

describe('Protobuf', () => {
  it('flattens message-typed fields, reads optional, repeated, maps, oneofs and comments', async () => {
    const opened = await openSource('test/fixtures/sources/protobuf/customer.proto', cwd);
    expect(opened.kind).toBe('protobuf');
    const [customer, order] = opened.datasets;
    expect(opened.datasets.map((d) => d.name)).toEqual(['Customer', 'Order']);
    expect(summary([customer])[0][1]).toEqual([
      'id:string@11',
      'email:string@13',
      'display_name:string?@14',
      'tax_number:string?@16',
      'birth_date:google.protobuf.Timestamp@17',
      'phone_numbers[]:string[]@18',
      'home.street:string@25',
      'home.postal_code:string@26',
      'home.city:string@27',
      'shipping_addresses[].street:string@25',
      'shipping_addresses[].postal_code:string@26',
      'shipping_addresses[].city:string@27',
      'labels.*:string@21',
      'status:Status@22',
      'preferred_email:string@36',
      'preferred_phone:string@37',
    ]);
    const comments = Object.fromEntries(customer.fields.filter((f) => f.comment).map((f) => [f.name, f.comment]));
    expect(comments).toEqual({ email: 'Where receipts are sent.', display_name: 'shown on reviews', tax_number: 'Encrypted at rest.' });
    // A message embeds another by value: the order carries its customer.
    expect(order.fields.map((f) => f.name)).toContain('customer.email');
    expect(opened.warnings).toEqual([{ message: 'not a field declaration; skipped', line: 49 }]);
  });

  it('resolves nested and package-qualified names, and skips proto2 groups with a warning', () => {
    const warnings: SourceWarning[] = [];
    const datasets = protoDatasets(
      `syntax = "proto2";
package shop;
message Outer {
  message Inner { required string email = 1; }
  optional Inner a = 1;
  optional .shop.Outer.Inner b = 2;
  repeated group Legacy = 3 { optional string fax = 4; }
  optional shop.Other c = 5;
}
message Other { optional string phone = 1; extensions 100 to 199; }
extend Other { optional string extra = 100; }
`,
      'x.proto',
      warnings,
    );
    expect(datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type ?? ''}`)])).toEqual([
      ['Outer', ['a.email:string', 'b.email:string', 'c.phone:string?']],
      ['Other', ['phone:string?']],
    ]);
    expect(warnings).toEqual([{ message: 'proto2 groups are not read; skipped', line: 7 }]);
  });

  it('a warning never repeats a string or number of the file (it may be an example value)', () => {
    const warnings: SourceWarning[] = [];
    protoDatasets('"jane.doe@example.org";\n4111111111111111;\nmessage A { string x = 1; }\n', 'x.proto', warnings);
    graphqlDatasets('"jane.doe@example.org" 4111111111111111\ntype A { x: String }\n', 'x.graphql', warnings);
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) expect(warning.message).not.toMatch(/jane|4111/);
  });

  it('never crashes on truncated or hostile input, and reads in linear time', async () => {
    for (const text of ['message', 'message A {', 'message A { string', 'message A { map<string', 'message A { oneof x {', '}}}}', 'message A { message B { message C {']) {
      expect(() => protoDatasets(text, 'x.proto', [])).not.toThrow();
    }
    expect(() => protoDatasets('message A { '.repeat(5_000), 'x.proto', [])).not.toThrow();
    await expectLinearTime('messages', 1_500, (n) => Array.from({ length: n }, (_, i) => `// doc\nmessage M${i} {\n  optional string email = 1; // note\n  N${i} n = 2;\n  message N${i} { string street = 1; }\n}\n`).join(''), (text) => protoDatasets(text, 'x.proto', []), { noiseMs: 20 });
  });
});

describe('GraphQL', () => {
  it('has a dataset per object and input type, scalar and enum fields, descriptions and extensions', async () => {
    const opened = await openSource('test/fixtures/sources/graphql/schema.graphql', cwd);
    expect(opened.kind).toBe('graphql');
    // Query and Mutation are operations, not stored data; relations (`orders`, `address`) are left to their type.
    expect(summary(opened.datasets)).toEqual([
      ['Customer', ['id:ID!@12', 'email:String!@14', 'fullName:String@18', 'dateOfBirth:DateTime@19', 'phoneNumbers:[String!]!@20', 'gender:Gender@21', 'ipAddress:String@66']],
      ['Address', ['street:String@27', 'postalCode:String@28', 'city:String@29']],
      ['Order', ['id:ID!@33', 'total:Float!@34']],
      ['SignUpInput', ['email:String!@49', 'password:String!@50', 'firstName:String@52', 'marketingOptIn:Boolean@53']],
    ]);
    const customer = opened.datasets[0].fields;
    expect(customer.find((f) => f.name === 'email')?.comment).toBe('Login and receipts');
    expect(customer.find((f) => f.name === 'fullName')?.comment).toBe('Full name as typed at sign-up.');
    expect(opened.warnings).toEqual([{ message: 'field notes has no readable type; skipped', line: 67 }]);
  });

  it('reads .gql files, root types renamed in `schema {}`, and skips operations', async () => {
    const file = path.join(tmp, 'ops.gql');
    await writeFile(file, 'schema { query: Root }\ntype Root { me: String }\ntype Person { email: String, ssn: String @deprecated(reason: "gone") }\nquery Me { me }\n');
    const opened = await openSource(file, tmp);
    expect(summary(opened.datasets)).toEqual([['Person', ['email:String@3', 'ssn:String@3']]]);
    expect(opened.warnings).toBeUndefined();
  });

  it('never crashes on truncated or hostile input, and reads in linear time', async () => {
    for (const text of ['type', 'type A {', 'type A { a', 'type A { a: [', 'type A { a: [[[[[[[[[[String', '"""', '"', 'input X { a: String = [', '}}}', '{{{']) {
      expect(() => graphqlDatasets(text, 'x.graphql', [])).not.toThrow();
    }
    await expectLinearTime('types', 1_500, (n) => Array.from({ length: n }, (_, i) => `"""doc"""\ntype T${i} {\n  "d" email: String!\n  list(first: Int = 1): [T${i}!]\n}\n`).join(''), (text) => graphqlDatasets(text, 'x.graphql', []), { noiseMs: 20 });
  });
});
