// The ORM-project benchmark (issue 23): generates a TypeScript backend of N model files (a fifth
// each TypeORM entities, Mongoose schemas, Sequelize models, Drizzle tables and MikroORM
// entities, 12 fields each) beside N ordinary .ts files that define no model, plus N/10 .proto,
// .avsc, .graphql and ODCS contracts, then times `datamin scan` of
// the whole folder (best of --runs). Prints wall and CPU seconds, models per second and peak RSS.
// Usage: node scripts/bench-models.mjs [--models 2000] [--runs 3] [--dir bench-data/models] [--clean]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const models = Number(opt('models', '2000'));
const runs = Number(opt('runs', '3'));
const dir = path.resolve(root, opt('dir', 'bench-data/models'));

const FIELDS = ['email', 'firstName', 'lastName', 'phoneNumber', 'birthDate', 'street', 'postalCode', 'city', 'ipAddress', 'notes', 'status', 'total'];

function entity(i) {
  const columns = FIELDS.map((field, f) => `  /** ${field} of the record. */\n  @Column({ type: '${f % 3 === 0 ? 'varchar' : 'text'}', nullable: ${f % 2 === 0}, comment: 'field ${f}' })\n  ${field}${i}: string;\n`).join('\n');
  return `import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';\n\n@Entity('table_${i}')\nexport class Model${i} {\n  @PrimaryGeneratedColumn('uuid')\n  id: string;\n\n${columns}\n  @ManyToOne(() => Model${i})\n  parent: Model${i};\n\n  describe(): string {\n    return \`\${this.id}\`;\n  }\n}\n`;
}

function mongooseModel(i) {
  const paths = FIELDS.map((field, f) => (f % 4 === 0 ? `  ${field}: { type: String, required: true },` : f % 4 === 1 ? `  ${field}: { first: String, last: String },` : `  ${field}: String, // field ${f}`)).join('\n');
  return `const mongoose = require('mongoose');\n\nconst schema${i} = new mongoose.Schema({\n${paths}\n  items: [{ sku: String, qty: Number }],\n}, { timestamps: true });\n\nmodule.exports = mongoose.model('Model${i}', schema${i});\n`;
}

function sequelizeModel(i) {
  const attributes = FIELDS.map((field, f) => (f % 2 === 0 ? `    // ${field} of the record.\n    ${field}: { type: DataTypes.STRING(${f + 10}), allowNull: true, comment: 'field ${f}' },` : `    ${field}: DataTypes.TEXT,`)).join('\n');
  return `const { DataTypes } = require('sequelize');\n\nmodule.exports = (sequelize) =>\n  sequelize.define('Model${i}', {\n${attributes}\n  }, { tableName: 'table_${i}', underscored: true });\n`;
}

function drizzleTable(i) {
  const columns = FIELDS.map((field, f) => `  /** ${field} of the record. */\n  ${field}: ${f % 2 === 0 ? `varchar('${field}_${f}', { length: 255 }).notNull()` : `text('${field}')`},`).join('\n');
  return `import { pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';\n\nexport const table${i} = pgTable('table_${i}', {\n  id: serial('id').primaryKey(),\n${columns}\n});\n`;
}

function mikroEntity(i) {
  const properties = FIELDS.map((field, f) => `  /** ${field} of the record. */\n  @Property({ type: '${f % 3 === 0 ? 'string' : 'text'}', nullable: ${f % 2 === 0}, comment: 'field ${f}' })\n  ${field}${i}!: string;\n`).join('\n');
  return `import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';\n\n@Entity({ tableName: 'table_${i}' })\nexport class Model${i} {\n  @PrimaryKey()\n  id!: number;\n\n${properties}\n  @ManyToOne(() => Model${i})\n  parent!: Model${i};\n}\n`;
}

const MODEL_FILES = [
  (i) => [path.join('entities', `model-${i}.entity.ts`), entity(i)],
  (i) => [path.join('models', `model-${i}.model.js`), mongooseModel(i)],
  (i) => [path.join('models', `model-${i}.sequelize.js`), sequelizeModel(i)],
  (i) => [path.join('db', `table-${i}.ts`), drizzleTable(i)],
  (i) => [path.join('entities', `model-${i}.mikro.ts`), mikroEntity(i)],
];

function odcsContract(i) {
  const properties = FIELDS.map((field) => `      - name: ${field}\n        logicalType: string\n        description: ${field} of the record\n        classification: restricted`).join('\n');
  return `apiVersion: v3.0.2\nkind: DataContract\nid: contract-${i}\nschema:\n  - name: contract_${i}\n    properties:\n${properties}\nslaProperties:\n  - property: retention\n    value: 2\n    unit: y\n`;
}

function service(i) {
  return `import { Injectable } from '@nestjs/common';\n\n@Injectable()\nexport class Service${i} {\n  private readonly cache = new Map<string, number>();\n  run(input: string): number {\n    return input.split('/').length + ${i};\n  }\n}\n`;
}

function generate() {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['entities', 'models', 'db', 'services', 'contracts']) mkdirSync(path.join(dir, folder), { recursive: true });
  for (let i = 0; i < models; i++) {
    const [file, text] = MODEL_FILES[i % MODEL_FILES.length](i);
    writeFileSync(path.join(dir, file), text);
    writeFileSync(path.join(dir, 'services', `service-${i}.ts`), service(i));
  }
  for (let i = 0; i < models / 10; i++) {
    writeFileSync(path.join(dir, 'contracts', `c${i}.proto`), `syntax = "proto3";\nmessage M${i} {\n${FIELDS.map((field, f) => `  // ${field}\n  optional string ${field} = ${f + 1};`).join('\n')}\n}\n`);
    writeFileSync(path.join(dir, 'contracts', `c${i}.avsc`), JSON.stringify({ type: 'record', name: `R${i}`, fields: FIELDS.map((name) => ({ name, type: ['null', 'string'], doc: name })) }, null, 1));
    writeFileSync(path.join(dir, 'contracts', `c${i}.odcs.yaml`), odcsContract(i));
    writeFileSync(path.join(dir, 'contracts', `c${i}.graphql`), `type T${i} {\n${FIELDS.map((field) => `  "${field}"\n  ${field}: String`).join('\n')}\n}\n`);
  }
}

generate();
const times = [];
let rss = 0;
const cpus = [];
let datasets = 0;
const rssFile = path.join(dir, '..', 'bench-models-rss.json');
for (let run = 0; run < runs; run++) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', path.join(root, 'scripts/bench-rss.mjs'), path.join(root, 'bin/datamin.js'), 'scan', dir, '--format', 'json', '--quiet', '--fail-on', 'critical'], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  times.push(Number(process.hrtime.bigint() - started) / 1e9);
  try {
    const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
    rss = Math.max(rss, usage.peak);
    cpus.push(usage.cpu);
    datasets = JSON.parse(child.stdout).datasets.length;
  } catch {
    console.error(child.stderr);
    process.exit(1);
  }
}
const best = Math.min(...times);
console.log(`${models} model files (+ ${models} ordinary .ts files, ${(4 * models) / 10} contracts): ${datasets} datasets`);
// CPU seconds as well: on a shared machine the wall time says more about the neighbours.
console.log(`best of ${runs}: ${best.toFixed(2)} s wall, ${Math.min(...cpus).toFixed(2)} s CPU, ${(models / best).toFixed(0)} models/s, peak RSS ${(rss / 1024 / 1024).toFixed(0)} MB`);
if (args.includes('--clean')) rmSync(dir, { recursive: true, force: true });
