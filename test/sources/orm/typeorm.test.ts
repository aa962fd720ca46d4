// TypeORM entities: table names from @Entity or the class name, column names, types and
// comments from decorator options, inherited and embedded columns, owning relations as their
// foreign-key column, declaring lines; methods, accessors and private fields are not columns.
import { describe, expect, it } from 'vitest';
import type { SourceWarning } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';
import { readModule } from '../../../src/sources/orm/ts-syntax.js';
import { snakeCase, typeormDatasets } from '../../../src/sources/orm/typeorm.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

const dir = 'test/fixtures/sources/typeorm';
const cwd = process.cwd();

function read(text: string): { datasets: ReturnType<typeof typeormDatasets>; warnings: SourceWarning[] } {
  const warnings: SourceWarning[] = [];
  return { datasets: readModule(text, 'x.entity.ts', warnings, (file) => typeormDatasets(file, 'x.entity.ts', warnings)), warnings };
}

describe('customer.entity.ts', () => {
  it('is one dataset named by @Entity, with every column at its declaring line', async () => {
    const opened = await openSource(`${dir}/customer.entity.ts`, cwd);
    expect(opened.kind).toBe('typeorm');
    expect(opened.datasets.map((d) => [d.kind, d.name])).toEqual([['typeorm', 'customers']]);
    expect(opened.datasets[0].fields).toEqual([
      // Inherited from the abstract base class.
      { name: 'created_at', type: 'timestamp', line: 8, column: 3 },
      { name: 'updated_at', type: 'timestamp', line: 11, column: 3 },
      { name: 'id', type: 'uuid', line: 28, column: 3 },
      { name: 'email', type: 'varchar', comment: 'Login and receipts', line: 31, column: 3 },
      { name: 'first_name', type: 'string', line: 34, column: 3 },
      { name: 'last_name', type: 'string?', line: 37, column: 3 },
      { name: 'date_of_birth', type: 'date?', comment: 'Only the year is needed for the age check; see DPIA-12.', line: 41, column: 3 },
      { name: 'phone', type: 'varchar?', comment: 'E.164 mobile number', line: 44, column: 3 },
      // Embedded entity: its columns under the property's path.
      { name: 'address.street', type: 'string', line: 16, column: 3 },
      { name: 'address.postal_code', type: 'string', comment: 'ZIP or postcode', line: 19, column: 3 },
      { name: 'address.city', type: 'string', line: 22, column: 3 },
      { name: 'loyaltyPoints', type: 'int', line: 50, column: 3 },
      // @ManyToOne + @JoinColumn: the foreign key; @OneToMany holds no column.
      { name: 'company_id', type: 'foreign key', line: 54, column: 3 },
    ]);
    expect(opened.warnings).toBeUndefined();
  });

  it('names an entity without a name after its class in snake_case, and reads files without semicolons', async () => {
    const opened = await openSource(`${dir}/company.entity.ts`, cwd);
    expect(opened.datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type}@${f.line}`)])).toEqual([
      ['shipping_company', ['id:int@7', 'name:string@10', 'vat_number:string?@13']],
    ]);
    expect(snakeCase('HTTPRequestLog')).toBe('http_request_log');
  });

  it('a .ts file that defines no model gives no dataset, with a warning when given by name', async () => {
    const opened = await openSource(`${dir}/format-name.ts`, cwd);
    expect(opened.datasets).toEqual([]);
    expect(opened.warnings?.[0]?.message).toContain('no TypeORM entity');
  });
});

describe('TypeORM idioms', () => {
  it('reads @Entity({ name }), ManyToOne without @JoinColumn, OneToOne with one, ViewEntity columns', () => {
    const { datasets, warnings } = read(`
      import { Entity, Column, ManyToOne, OneToOne, JoinColumn, PrimaryColumn, ViewEntity, ViewColumn } from 'typeorm';
      @Entity({ name: 'patients', schema: 'clinic' })
      export class Patient {
        @PrimaryColumn({ type: 'bigint' }) id: string;
        @Column({ type: String, comment: 'As on the insurance card' }) insuranceNumber!: string;
        @ManyToOne(() => Doctor) doctor: Doctor;
        @OneToOne(() => Chart) @JoinColumn() chart: Chart;
        @OneToOne(() => Bed) bed: Bed;
        @Column({ type: 'jsonb', nullable: true })
        diagnosis:
          | Record<string, unknown>
          | null;
      }
      @ViewEntity({ name: 'patient_names', expression: 'select 1' })
      export class PatientName {
        @ViewColumn() fullName: string;
      }
    `);
    expect(warnings).toEqual([]);
    expect(datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type ?? ''}${f.comment ? ` (${f.comment})` : ''}`)])).toEqual([
      ['patients', ['id:bigint', 'insuranceNumber:string (As on the insurance card)', 'doctorId:foreign key', 'chartId:foreign key', 'diagnosis:jsonb?']],
      ['patient_names', ['fullName:string']],
    ]);
  });

  it('skips methods, accessors, static members and strings or regexes that look like decorators', () => {
    const { datasets } = read(`
      import * as typeorm from 'typeorm';
      @typeorm.Entity('accounts')
      export class Account {
        @typeorm.Column() email: string
        static table = '@Column() fake: string'
        private pattern = /@Column\\(\\)\\s*}/g
        constructor(private readonly clock: Clock) {}
        get label(): string { return \`\${this.email} @Column() \${'}'}\` }
        async save<T extends { id: string }>(value: T): Promise<void> { if (value) { return } }
        @typeorm.Column('text') notes: string
      }
    `);
    expect(datasets[0].fields.map((f) => f.name)).toEqual(['email', 'notes']);
  });

  it('reads the columns after an initializer holding a `<` comparison (the tokenizer took it for type arguments and lost them silently)', () => {
    const { datasets, warnings } = read(`
      import { Entity, Column } from 'typeorm';
      @Entity('accounts') export class Account {
        static limited = a < b
        @Column() email: string
        @Column() phone: string
      }
    `);
    expect(datasets[0].fields.map((f) => `${f.name}@${f.line}`)).toEqual(['email@5', 'phone@6']);
    expect(warnings).toEqual([]);
  });

  it('warns about a member it cannot read and goes on', () => {
    const { datasets, warnings } = read(`
      import { Entity, Column } from 'typeorm';
      @Entity() class Thing {
        @Column() before: string;
        @Column() 42: string;
        @Column() after: string;
      }
    `);
    expect(datasets[0].fields.map((f) => f.name)).toEqual(['before', 'after']);
    expect(warnings).toEqual([{ message: 'a class member could not be read; skipped', line: 5 }]);
  });

  it('never crashes on truncated or hostile input', () => {
    for (const text of ['@Entity(', '@Entity() class', '@Entity() class A { @Column(', 'class A { @Column() x: Array<', '`${', '/*', "'", '@Entity() class A { @Column(() => A) a: A }']) {
      expect(() => read(`import 'typeorm'; ${text}`)).not.toThrow();
    }
  });

  it('reads entities in linear time', async () => {
    const entity = (i: number): string => `@Entity('t${i}')\nexport class T${i} {\n  @Column({ type: 'varchar', comment: 'x' })\n  email${i}: string\n  method() { return [1, 2].map((x) => x / 2) }\n}\n`;
    await expectLinearTime('entities', 400, (n) => `import 'typeorm';\n${Array.from({ length: n }, (_, i) => entity(i)).join('')}`, (text) => read(text), { noiseMs: 20 });
    await expectLinearTime('slashes after an unclosed class', 20_000, (n) => `import 'typeorm'; x = (/[${'/'.repeat(n)}\n`, (text) => read(text), { noiseMs: 20 });
    await expectLinearTime('nested braces', 2_000, (n) => `@Entity() class A { x = ${'{a:'.repeat(n)}1${'}'.repeat(n)} }`, (text) => read(text), { noiseMs: 20 });
  });
});
