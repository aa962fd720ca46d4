// Sequelize, Drizzle and MikroORM models read from the TypeScript syntax tree: each table or
// entity a dataset, each column a field at its declaring line with its declared type and
// comment, named the way the ORM names it in the database; what cannot be read is a warning.
import { describe, expect, it } from 'vitest';
import type { Dataset, SourceWarning } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';
import { drizzleDatasets } from '../../../src/sources/orm/drizzle.js';
import { mikroOrmDatasets } from '../../../src/sources/orm/mikro-orm.js';
import { sequelizeDatasets } from '../../../src/sources/orm/sequelize.js';
import { modelKinds } from '../../../src/sources/orm/ts-models.js';
import { readModule, type ts } from '../../../src/sources/orm/ts-syntax.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

const dir = 'test/fixtures/sources';
const cwd = process.cwd();

type Reader = (file: ts.SourceFile, location: string, warnings: SourceWarning[]) => Dataset[];

function read(reader: Reader, text: string): { datasets: Dataset[]; warnings: SourceWarning[] } {
  const warnings: SourceWarning[] = [];
  return { datasets: readModule(text, 'x.ts', warnings, (file) => reader(file, 'x.ts', warnings)), warnings };
}

/** `name:type@line (comment)` per field, per dataset. */
function summary(datasets: readonly Dataset[]): Array<[string, string[]]> {
  return datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type ?? ''}@${f.line}${f.comment ? ` (${f.comment})` : ''}`)]);
}

async function open(file: string): Promise<{ kind: string; datasets: Array<[string, string[]]>; warnings: SourceWarning[] }> {
  const opened = await openSource(`${dir}/${file}`, cwd);
  return { kind: opened.kind, datasets: summary(opened.datasets), warnings: opened.warnings ?? [] };
}

describe('Sequelize', () => {
  it('reads sequelize.define with DataTypes, field renames, underscored names and paranoid timestamps', async () => {
    expect(await open('sequelize/member.model.js')).toEqual({
      kind: 'sequelize',
      datasets: [
        [
          'members',
          [
            'id:UUID@8',
            'email:STRING@9',
            'first_name:STRING@10',
            'last_name:STRING@11 (Family name as on the ID card)',
            'birth_date:DATEONLY@13 (Needed for the age check only.)',
            'mobile_phone:STRING@14',
            'last_login_ip:INET@15',
            'created_at:DATE@5',
            'updated_at:DATE@5',
            'deleted_at:DATE@5',
          ],
        ],
      ],
      warnings: [],
    });
  });

  it('reads Model.init with JSDoc and trailing comments, and no timestamps when they are off', async () => {
    expect((await open('sequelize/invoice.ts')).datasets).toEqual([
      ['invoices', ['id:INTEGER@12', 'iban:STRING@14 (Account the direct debit is drawn from.)', 'billingAddress:TEXT@15 (street, number, city)']],
    ]);
  });

  it('reads sequelize-typescript @Table classes: @Column with and without options, @CreatedAt; relations hold no column', async () => {
    expect((await open('sequelize/patient.model.ts')).datasets).toEqual([
      ['patients', ['insurance_number:STRING@7 (As printed on the insurance card)', 'diagnosis:TEXT@10', 'clinic_id:number@14', 'admitted_at:DATE@20']],
    ]);
  });

  it('warns about an attribute it cannot read and names a model without tableName by its name', () => {
    const { datasets, warnings } = read(sequelizeDatasets, `
      import { Sequelize, DataTypes } from 'sequelize';
      const common = { note: DataTypes.TEXT };
      sequelize.define('Lead', {
        ...common,
        email: DataTypes.STRING,
      }, { timestamps: false });
    `);
    expect(summary(datasets)).toEqual([['Lead', ['email:STRING@6']]]);
    expect(warnings).toEqual([{ message: 'a model attribute that is not `key: value` (a spread, shorthand or computed key) was skipped', line: 5 }]);
  });
});

describe('Drizzle', () => {
  it('reads pgTable columns by their database names, builder types and comments; a column object in a callback too', async () => {
    expect(await open('drizzle/schema.ts')).toEqual({
      kind: 'drizzle',
      datasets: [
        ['users', ['id:serial@5', 'email:varchar@6', 'full_name:text@7', 'date_of_birth:date@9 (Used for the age gate only.)', 'marketing_opt_in:boolean@10', 'created_at:timestamp@11']],
        ['addresses', ['id:serial@17', 'user_id:integer@18', 'street:varchar@21 (house number included)', 'postal_code:varchar@22']],
      ],
      warnings: [],
    });
    expect((await open('drizzle/audit.ts')).datasets).toEqual([
      ['login_audit', ['ip_address:varchar@5', 'user_agent:varchar@6', 'at:datetime@7']],
      ['sessions', ['session_token:text@11', 'device_id:text@12']],
    ]);
  });

  it('reads a schema-qualified table, and leaves calls named like builders on other objects alone', () => {
    const { datasets } = read(drizzleDatasets, `
      import { pgSchema, text } from 'drizzle-orm/pg-core';
      const auth = pgSchema('auth');
      export const accounts = auth.table('accounts', { passwordHash: text('password_hash') });
      const t = table('not_a_table', { x: text('x') });
    `);
    expect(summary(datasets)).toEqual([['accounts', ['password_hash:text@4']]]);
  });
});

describe('MikroORM', () => {
  it('reads @Entity classes: inherited columns, snake_case names, fieldName, embeddables, owning relations', async () => {
    expect(await open('mikro-orm/customer.entity.ts')).toEqual({
      kind: 'mikro-orm',
      datasets: [
        [
          'customers',
          [
            'id:number@8',
            // `createdAt = new Date()`: the type the initializer gives.
            'created_at:Date@11',
            'email:string@29 (Login and receipts)',
            'given_name:string@32',
            'birth_date:date?@36 (Only the year matters for the age check.)',
            'gender:enum?@39',
            'home_address_street:string@17',
            'home_address_postal_code:string@20 (ZIP or postcode)',
            'home_address_city:string@23',
            'employer_id:foreign key@45',
            'loyalty_card_id:foreign key@48',
          ],
        ],
      ],
      warnings: [],
    });
  });

  it('reads EntitySchema definitions: scalar properties and owning relations, not collections', async () => {
    expect((await open('mikro-orm/device.schema.ts')).datasets).toEqual([
      ['device', ['id:number@14', 'push_token:string@15 (Firebase registration token)', 'mac_address:string?@16', 'owner_id:foreign key@17']],
    ]);
  });

  it('warns about an embeddable declared elsewhere', () => {
    const { datasets, warnings } = read(mikroOrmDatasets, `
      import { Entity, Embedded, Property } from '@mikro-orm/core';
      @Entity() export class UserProfile {
        @Property() nickname!: string;
        @Embedded(() => Address) address!: Address;
      }
    `);
    expect(summary(datasets)).toEqual([['user_profile', ['nickname:string@4']]]);
    expect(warnings).toEqual([{ message: 'embeddable Address of UserProfile.address is not declared in this file; its columns were not read', line: 5 }]);
  });
});

describe('TypeScript model files', () => {
  it('are told apart by the ORM they import and the idiom that declares a model', () => {
    expect(modelKinds("import { Entity } from '@mikro-orm/core';\n@Entity() class A {}")).toEqual(['mikro-orm']);
    expect(modelKinds("import { Entity } from 'typeorm';\n@Entity() class A {}")).toEqual(['typeorm']);
    expect(modelKinds("import { pgTable } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', {});")).toEqual(['drizzle']);
    expect(modelKinds("import { users } from './schema';\nimport { eq } from 'drizzle-orm';\ndb.select().from(users)")).toEqual([]);
    expect(modelKinds("const { Model } = require('sequelize');\nUser.init({}, { sequelize });")).toEqual(['sequelize']);
  });

  it('never crash on truncated input, and read in linear time', async () => {
    for (const text of ["pgTable('t', {", "sequelize.define('A', { a: ", '@Table class A { @Column', "new EntitySchema({ name: 'A', properties: { a: ", '@Entity() class A extends A { @Embedded(() => A) a }']) {
      for (const reader of [sequelizeDatasets, drizzleDatasets, mikroOrmDatasets]) expect(() => read(reader, text)).not.toThrow();
    }
    const table = (i: number): string => `export const t${i} = pgTable('t${i}', {\n  // c\n  email${i}: varchar('email_${i}', { length: 255 }).notNull(),\n});\n`;
    await expectLinearTime('drizzle tables', 300, (n) => Array.from({ length: n }, (_, i) => table(i)).join(''), (text) => read(drizzleDatasets, text), { noiseMs: 20 });
  });
});
