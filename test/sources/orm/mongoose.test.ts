// Mongoose schemas: nested paths, arrays of subdocuments and of scalars, `{ type, required }`
// options, subschemas by variable, schema.add(), maps, timestamps, model() naming the dataset (and its
// collection argument), comments; a spread is skipped with a warning on its line.
import { describe, expect, it } from 'vitest';
import type { SourceWarning } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';
import { mongooseDatasets } from '../../../src/sources/orm/mongoose.js';
import { readModule } from '../../../src/sources/orm/ts-syntax.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

const dir = 'test/fixtures/sources/mongoose';
const cwd = process.cwd();

function read(text: string): { datasets: ReturnType<typeof mongooseDatasets>; warnings: SourceWarning[] } {
  const warnings: SourceWarning[] = [];
  return { datasets: readModule(text, 'm.js', warnings, (file) => mongooseDatasets(file, 'm.js', 'm', warnings)), warnings };
}

function summary(datasets: ReturnType<typeof mongooseDatasets>): Array<[string, string[]]> {
  return datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}:${f.type ?? ''}`)]);
}

describe('user.model.js', () => {
  it('is the dataset model() names, its paths flattened at their declaring lines', async () => {
    const opened = await openSource(`${dir}/user.model.js`, cwd);
    expect(opened.kind).toBe('mongoose');
    // addressSchema is embedded by userSchema, so it is no dataset of its own.
    expect(opened.datasets.map((d) => d.name)).toEqual(['User']);
    expect(opened.datasets[0].fields).toEqual([
      { name: 'email', type: 'String', line: 15, column: 5 },
      { name: 'passwordHash', type: 'String', line: 16, column: 5 },
      { name: 'name.first', type: 'String', line: 18, column: 7 },
      { name: 'name.last', type: 'String', line: 19, column: 7 },
      { name: 'birthDate', type: 'Date', comment: 'Only for the age gate.', line: 22, column: 5 },
      { name: 'phoneNumbers[]', type: 'String[]', line: 23, column: 5 },
      { name: 'addresses[].street', type: 'String', line: 6, column: 5 },
      { name: 'addresses[].city', type: 'String', line: 7, column: 5 },
      { name: 'addresses[].postalCode', type: 'String', comment: 'ZIP or postcode', line: 8, column: 5 },
      { name: 'orders[].total', type: 'Number', line: 27, column: 9 },
      { name: 'orders[].placedAt', type: 'Date', line: 28, column: 9 },
      { name: 'preferences.*', type: 'String', line: 31, column: 5 },
      { name: 'manager', type: 'ObjectId', line: 32, column: 5 },
      // userSchema.add({ … })
      { name: 'nationality', type: 'String', line: 39, column: 18 },
      // { timestamps: true }
      { name: 'createdAt', type: 'Date', line: 35, column: 5 },
      { name: 'updatedAt', type: 'Date', line: 35, column: 5 },
    ]);
    expect(opened.warnings).toEqual([{ message: 'a schema entry that is not `key: value` (a spread, shorthand or computed key) was skipped', line: 33 }]);
  });

  it('takes the collection from model()\'s third argument, with an inline TypeScript schema', async () => {
    const opened = await openSource(`${dir}/session.model.ts`, cwd);
    expect(summary(opened.datasets)).toEqual([['login_sessions', ['userId:ObjectId', 'ipAddress:String', 'userAgent:String']]]);
  });
});

describe('Mongoose idioms', () => {
  it('reads a path named `type`, POJO types, string types, arrays of options and renamed timestamps', () => {
    const { datasets } = read(`
      import mongoose from 'mongoose';
      const patientSchema = new mongoose.Schema({
        device: { type: { type: String }, serial: String },
        insurance: { type: { number: String, provider: String } },
        nickname: 'String',
        allergies: [{ type: String, enum: ['nuts'] }],
        notes: {},
        history: [],
        contacts: [new mongoose.Schema({ phone: String })],
      }, { timestamps: { createdAt: 'created_at', updatedAt: false }, collection: 'patients' });
    `);
    expect(summary(datasets)).toEqual([
      [
        'patients',
        [
          'device.type:String',
          'device.serial:String',
          'insurance.number:String',
          'insurance.provider:String',
          'nickname:String',
          'allergies[]:String[]',
          'notes:Mixed',
          'history[]:Mixed',
          'contacts[].phone:String',
          'created_at:Date',
        ],
      ],
    ]);
  });

  it('names a schema no model uses after its variable, and models on connections or behind `||`', () => {
    const { datasets } = read(`
      const { Schema } = require('mongoose');
      const auditSchema = new Schema({ ipAddress: String });
      const leadSchema = Schema({ email: String });
      export default mongoose.models.Lead || conn.model('Lead', leadSchema);
    `);
    expect(summary(datasets)).toEqual([
      ['Lead', ['email:String']],
      ['audit', ['ipAddress:String']],
    ]);
  });

  it('cuts a schema that embeds itself', () => {
    const { datasets } = read(`
      const mongoose = require('mongoose');
      const nodeSchema = new mongoose.Schema({ label: String });
      nodeSchema.add({ children: [nodeSchema] });
      const treeSchema = new mongoose.Schema({ root: nodeSchema, self: [treeSchema] });
      mongoose.model('Tree', treeSchema);
    `);
    // nodeSchema.add() gave it `children`, a list of itself.
    expect(summary(datasets)).toEqual([['Tree', ['root.label:String', 'root.children[]:Subdocument', 'self[]:Subdocument']]]);
  });

  it('never crashes on truncated or hostile input', () => {
    for (const text of ['new Schema(', 'new Schema({', 'new Schema({ a: ', 'model(', "model('X', new Schema({ a: [", 'new Schema({ ...x, [k]: 1, m() {} })']) {
      expect(() => read(`const mongoose = 1; ${text}`)).not.toThrow();
    }
  });

  it('reads schemas and deeply nested calls in linear time', async () => {
    await expectLinearTime('paths', 2_000, (n) => `const mongoose = 1;\nconst s = new mongoose.Schema({\n${'  a: { b: { type: String, required: true } },\n'.repeat(n)}});\nmongoose.model('A', s);\n`, (text) => read(text), { noiseMs: 20 });
    await expectLinearTime('nested model() calls', 1_000, (n) => `const mongoose = 1; ${'model('.repeat(n)}${')'.repeat(n)}`, (text) => read(text), { noiseMs: 20 });
  });
});
