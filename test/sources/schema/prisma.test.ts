// Prisma source: @@map/@map names, relation fields skipped, enums and composite types, doc and
// trailing comments, lines; a file the parser rejects falls back to the line reader with a warning.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../../../src/sources/index.js';
import { prismaDatasets } from '../../../src/sources/schema/prisma-blocks.js';
import { readPrismaLines } from '../../../src/sources/schema/prisma-lines.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

const dir = 'test/fixtures/sources/schema';
const cwd = process.cwd();

describe('schema.prisma', () => {
  it('has one dataset per model, named by @@map, and no warnings', async () => {
    const opened = await openSource(`${dir}/schema.prisma`, cwd);
    expect(opened.kind).toBe('prisma');
    expect(opened.warnings).toBeUndefined();
    expect(opened.datasets.map((d) => [d.kind, d.name, d.location])).toEqual([
      ['prisma', 'users', 'test/fixtures/sources/schema/schema.prisma'],
      ['prisma', 'Post', 'test/fixtures/sources/schema/schema.prisma'],
      ['prisma', 'Profile', 'test/fixtures/sources/schema/schema.prisma'],
    ]);
  });

  it('names fields by @map, keeps Prisma types, doc and trailing comments, and skips relations', async () => {
    const { datasets } = await openSource(`${dir}/schema.prisma`, cwd);
    expect(datasets[0].fields).toEqual([
      { name: 'id', type: 'Int', line: 14, column: 3 },
      { name: 'email_address', type: 'String', comment: 'Where receipts go. Verified at sign-up.', line: 17, column: 3 },
      { name: 'name', type: 'String?', comment: 'display name', line: 18, column: 3 },
      { name: 'role', type: 'Role', line: 19, column: 3 },
      // A plain `//` line above a field is not its documentation.
      { name: 'birth_date', type: 'DateTime?', line: 21, column: 3 },
      { name: 'tags', type: 'String[]', line: 24, column: 3 },
    ]);
    expect(datasets[1].fields.map((f) => f.name)).toEqual(['id', 'author_id', 'body']);
  });

  it('flattens composite types', async () => {
    const { datasets } = await openSource(`${dir}/schema.prisma`, cwd);
    expect(datasets[2].fields).toEqual([
      { name: 'id', type: 'Int', line: 38, column: 3 },
      { name: 'userId', type: 'Int', line: 40, column: 3 },
      { name: 'home.street', type: 'String', line: 45, column: 3 },
      { name: 'home.zip', type: 'String?', comment: 'postal code', line: 46, column: 3 },
    ]);
  });

  it('the line reader gives the same datasets as the parser on a valid file', async () => {
    const opened = await openSource(`${dir}/schema.prisma`, cwd);
    const text = await readFile(`${dir}/schema.prisma`, 'utf8');
    const { blocks, warnings } = readPrismaLines(text);
    expect(warnings).toEqual([]);
    expect(prismaDatasets(blocks, opened.location)).toEqual(opened.datasets);
  });
});

describe('broken.prisma (an attribute prisma-ast cannot parse)', () => {
  it('falls back to the line reader, warning about the line the parser stopped at', async () => {
    const opened = await openSource(`${dir}/broken.prisma`, cwd);
    expect(opened.warnings).toEqual([
      { message: 'the Prisma parser could not read line 4 (unknown syntax or attribute); the file was read line by line instead', line: 4 },
      { message: 'line 8 of model Account is not a field declaration; skipped', line: 8 },
    ]);
    expect(opened.datasets.map((d) => [d.name, d.fields])).toEqual([
      [
        'Account',
        [
          { name: 'id', type: 'Int', line: 2, column: 3 },
          { name: 'salary', type: 'Int', comment: 'Monthly salary in cents.', line: 4, column: 3 },
          { name: 'iban_number', type: 'String', comment: 'payout account', line: 5, column: 3 },
          { name: 'ownerId', type: 'Int', line: 7, column: 3 },
        ],
      ],
      [
        'people',
        [
          { name: 'id', type: 'Int', line: 12, column: 3 },
          { name: 'phone', type: 'String', line: 13, column: 3 },
        ],
      ],
    ]);
  });
});

describe('relations to models the file does not declare', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'datamin-prisma-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const fieldsOf = async (file: string): Promise<Record<string, string[]>> => {
    const opened = await openSource(file, folder);
    expect(opened.warnings).toBeUndefined();
    return Object.fromEntries(opened.datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}: ${f.type}`)]));
  };

  it('are skipped in a trimmed schema: a type that is no scalar and no declared enum names a model', async () => {
    await mkdir(path.join(folder, 'trimmed'));
    await writeFile(
      path.join(folder, 'trimmed/schema.prisma'),
      [
        'enum Plan {',
        '  FREE',
        '  PRO',
        '}',
        'model Member {',
        '  id       String   @id @default(cuid())',
        '  email    String   @unique',
        '  plan     Plan',
        '  role     Role     @default(MEMBER) // an enum from a file we were not given',
        '  team     Team     @relation(fields: [teamId], references: [id])',
        '  teamId   String',
        '  labels   Label[]',
        '  invite   Invite?',
        '  location Unsupported("point")?',
        '  profile  Json?',
        '}',
        '',
      ].join('\n'),
    );
    expect(await fieldsOf('trimmed/schema.prisma')).toEqual({
      Member: ['id: String', 'email: String', 'plan: Plan', 'role: Role', 'teamId: String', 'location: Unsupported("point")?', 'profile: Json?'],
    });
  });

  it('the line reader agrees on a trimmed schema', () => {
    const { blocks } = readPrismaLines('model A {\n  id Int @id\n  team Team\n  tags Tag[]\n  kind Kind @default(X)\n  at DateTime @db.Timestamptz(6)\n}\n');
    expect(prismaDatasets(blocks, 'a.prisma')[0].fields.map((f) => f.name)).toEqual(['id', 'kind', 'at']);
  });

  it("count the enums and composite types of a multi-file schema's sibling files", async () => {
    await mkdir(path.join(folder, 'schema'));
    await writeFile(path.join(folder, 'schema/enums.prisma'), 'enum Gender {\n  FEMALE\n  MALE\n  OTHER\n}\n\ntype Address {\n  street String\n  city   String\n}\n');
    await writeFile(path.join(folder, 'schema/team.prisma'), 'model Team {\n  id      String @id\n  name    String\n  members User[]\n}\n');
    await writeFile(
      path.join(folder, 'schema/user.prisma'),
      'model User {\n  id     String  @id\n  gender Gender?\n  home   Address\n  team   Team    @relation(fields: [teamId], references: [id])\n  teamId String\n}\n',
    );
    expect(await fieldsOf('schema/user.prisma')).toEqual({
      User: ['id: String', 'gender: Gender?', 'home.street: String', 'home.city: String', 'teamId: String'],
    });
    expect(await fieldsOf('schema/team.prisma')).toEqual({ Team: ['id: String', 'name: String'] });
  });
});

describe('the line reader on hostile lines', () => {
  it('reads a type with quoted arguments and skips one with an unclosed quote', () => {
    const { blocks, warnings } = readPrismaLines('model A {\n  loc Unsupported("point(4326)")\n  bad Foo("x)\n}\n');
    expect(blocks[0].fields.map((f) => [f.name, f.type])).toEqual([['loc', 'Unsupported("point(4326)")']]);
    expect(warnings).toEqual([{ message: 'line 3 of model A is not a field declaration; skipped', line: 3 }]);
  });

  it('gives up on a run of quotes in a type at once (was exponential: 36 quotes took a second)', async () => {
    // Exponential before: 10 quotes took well under 1 ms, 40 took seconds.
    await expectLinearTime('quotes in a type', 10, (n) => `model A {\n  x Foo(${'"'.repeat(n)}x\n}\n`, readPrismaLines, { runs: 1 });
  });

  it('reads a line of unclosed @map( and a long run of /// comments in linear time', async () => {
    await expectLinearTime('unclosed @map(', 3_000, (n) => `model A {\n  x String ${'@map('.repeat(n)}\n}\n`, readPrismaLines);
    await expectLinearTime('/// comments', 3_000, (n) => `model A {\n${'  /// note\n'.repeat(n)}  x String\n}\n`, readPrismaLines);
  });
});
