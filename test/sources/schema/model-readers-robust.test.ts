// Hostile input for the model and contract readers: seeded random mixes of the tokens each
// language is made of, cut anywhere. No reader may throw; each gives datasets or warnings.
import { describe, expect, it } from 'vitest';
import type { SourceWarning } from '../../../src/model/index.js';
import { avroDatasets } from '../../../src/sources/schema/avro.js';
import { parseSchemaDocument } from '../../../src/sources/schema/document.js';
import { graphqlDatasets } from '../../../src/sources/schema/graphql.js';
import { drizzleDatasets } from '../../../src/sources/orm/drizzle.js';
import { mikroOrmDatasets } from '../../../src/sources/orm/mikro-orm.js';
import { mongooseDatasets } from '../../../src/sources/orm/mongoose.js';
import { sequelizeDatasets } from '../../../src/sources/orm/sequelize.js';
import { readModule } from '../../../src/sources/orm/ts-syntax.js';
import { typeormDatasets } from '../../../src/sources/orm/typeorm.js';
import { protoDatasets } from '../../../src/sources/schema/protobuf.js';

/** mulberry32: a small seeded generator, so a failing input can be rebuilt from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function soup(pieces: readonly string[], seed: number, length: number): string {
  const next = random(seed);
  let text = '';
  for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)] + (next() < 0.3 ? '\n' : ' ');
  return text;
}

const TS_PIECES = ['pgTable(', 'varchar(', '.notNull()', 'sequelize.define(', '.init(', 'DataTypes.STRING', '@Table', '@Property(', '@Embedded(', 'new EntitySchema(', "kind: 'm:1'", '@Entity(', "'users'", '@Column(', '{', '}', '(', ')', '[', ']', '<', '>', ':', ';', ',', '=', '=>', 'class', 'A', 'email', 'string', '?', '!', '/', '/*', '*/', '//', '`', '${', '"', 'new', 'Schema', 'mongoose', 'model', 'type', 'String', '...', '.', '#', 'get', 'static', '@ManyToOne', '@JoinColumn', '() => A'];
const PROTO_PIECES = ['message', 'M', '{', '}', 'optional', 'repeated', 'string', 'email', '=', '1', ';', 'map', '<', ',', '>', 'oneof', 'enum', 'option', '[', ']', '.', 'group', '//', '/*', '*/', '"', 'service', 'rpc', '(', ')'];
const GRAPHQL_PIECES = ['type', 'input', 'T', '{', '}', ':', 'String', '!', '[', ']', 'email', '(', ')', '=', '@', 'deprecated', '"', '"""', '#', 'extend', 'schema', 'query', 'enum', 'scalar', 'union', '|', '&', 'implements', '...', '-1'];

describe('model and contract readers on random input', () => {
  it('never throw', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const warnings: SourceWarning[] = [];
      const ts = soup(TS_PIECES, seed, 120);
      expect(() => readModule(`import 'typeorm';${ts}`, 'x.ts', warnings, (file) => typeormDatasets(file, 'x.ts', warnings)), `typeorm seed ${seed}`).not.toThrow();
      expect(() => readModule(ts, 'x.ts', warnings, (file) => mongooseDatasets(file, 'x.ts', 'x', warnings)), `mongoose seed ${seed}`).not.toThrow();
      for (const reader of [sequelizeDatasets, drizzleDatasets, mikroOrmDatasets]) {
        expect(() => readModule(ts, 'x.ts', warnings, (file) => reader(file, 'x.ts', warnings)), `${reader.name} seed ${seed}`).not.toThrow();
      }
      expect(() => protoDatasets(soup(PROTO_PIECES, seed, 120), 'x.proto', warnings), `proto seed ${seed}`).not.toThrow();
      expect(() => graphqlDatasets(soup(GRAPHQL_PIECES, seed, 120), 'x.graphql', warnings), `graphql seed ${seed}`).not.toThrow();
      for (const warning of warnings) expect(warning.line === undefined || Number.isInteger(warning.line)).toBe(true);
    }
  });
});

describe('types that fan out exponentially', () => {
  // Level i uses level i+1 ten times: 10^8 paths if nothing stopped them.
  const levels = 8;
  const range = Array.from({ length: levels }, (_, i) => i);
  const ten = Array.from({ length: 10 }, (_, i) => i);

  it('stop at the field cap, quickly, in every reader', () => {
    const warnings: SourceWarning[] = [];
    const proto = range.map((i) => `message L${i} { ${ten.map((j) => (i === levels - 1 ? `string f${j} = ${j + 1};` : `L${i + 1} f${j} = ${j + 1};`)).join(' ')} }`).join('\n');
    const mongoose = `const mongoose = 1;\n${[...range].reverse().map((i) => `const s${i} = new mongoose.Schema({ ${ten.map((j) => `f${j}: ${i === levels - 1 ? 'String' : `s${i + 1}`}`).join(', ')} });`).join('\n')}\nmongoose.model('L0', s0);`;
    const mikro = `${range.map((i) => `${i === 0 ? '@Entity() ' : ''}class L${i} { ${ten.map((j) => (i === levels - 1 ? `@Property() f${j}: string;` : `@Embedded(() => L${i + 1}) f${j}: L${i + 1};`)).join(' ')} }`).join('\n')}`;
    const typeorm = `import 'typeorm';\n${range.map((i) => `${i === 0 ? "@Entity('l0') " : ''}class L${i} { ${ten.map((j) => (i === levels - 1 ? `@Column() f${j}: string;` : `@Column(() => L${i + 1}) f${j}: L${i + 1};`)).join(' ')} }`).join('\n')}`;
    const avro = { type: 'record', name: 'L0', fields: [] as unknown[] };
    let current = avro;
    for (let i = 1; i < levels; i++) {
      const next = { type: 'record', name: `L${i}`, fields: [] as unknown[] };
      current.fields = ten.map((j) => ({ name: `f${j}`, type: j === 0 ? next : `L${i}` }));
      current = next;
    }
    current.fields = ten.map((j) => ({ name: `f${j}`, type: 'string' }));
    const counts = [
      protoDatasets(proto, 'x.proto', warnings)[0].fields.length,
      readModule(mongoose, 'x.js', warnings, (file) => mongooseDatasets(file, 'x.js', 'x', warnings))[0].fields.length,
      readModule(typeorm, 'x.ts', warnings, (file) => typeormDatasets(file, 'x.ts', warnings))[0].fields.length,
      readModule(mikro, 'x.ts', warnings, (file) => mikroOrmDatasets(file, 'x.ts', warnings))[0].fields.length,
      avroDatasets(parseSchemaDocument(JSON.stringify(avro), 'x.avsc'), 'x.avsc', warnings)[0].fields.length,
    ];
    // Capped work takes well under a second; 10^8 paths would run into the test's timeout.
    expect(counts).toEqual([10_000, 10_000, 10_000, 10_000, 10_000]);
  });
});
