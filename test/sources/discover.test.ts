// Input discovery and the registry: folders, .gitignore, node_modules, globs, filters, missing
// paths; openSource errors. The tree is built in a temp folder at test time because a committed
// .gitignore or node_modules under test/fixtures would change what git itself tracks.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/model/index.js';
import { discoverInputs } from '../../src/sources/discover.js';
import { isSupportedFile, openSource, sourceKinds } from '../../src/sources/index.js';

const tree: Record<string, string> = {
  'exports/customers.csv': 'id,email\n1,a@example.com\n',
  'exports/orders.json': '[]',
  'exports/readme.md': '# not data',
  'exports/2024/events.ndjson': '{"a":1}\n',
  'exports/2024/logs.jsonl': '{"a":1}\n',
  'exports/2024/people.TSV': 'a\tb\n',
  'exports/2024/keep.csv': 'a\n',
  'exports/2024/.gitignore': 'private/\n!keep.csv\n',
  'exports/2024/private/secret.csv': 'a\n',
  'exports/.gitignore': '*.tmp.csv\nkeep.csv\n',
  'exports/draft.tmp.csv': 'a\n',
  'exports/node_modules/pkg/data.csv': 'a\n',
  'exports/.git/objects/x.csv': 'a\n',
  'other/b.csv': 'a\n',
  'other/a.json': '[]',
  // TypeScript/JavaScript ORM models and an ODCS contract beside code and configs that are none.
  'app/db/schema.ts': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', { email: text('email') });\n",
  'app/db/queries.ts': "import { eq } from 'drizzle-orm';\nexport const q = (db, users) => db.select().from(users).where(eq(users.id, 1));\n",
  'app/models/member.js': "const { DataTypes } = require('sequelize');\nmodule.exports = (sequelize) => sequelize.define('Member', { email: DataTypes.STRING });\n",
  'app/entities/device.entity.ts': "import { Entity, Property } from '@mikro-orm/core';\n@Entity() export class Device { @Property() macAddress!: string; }\n",
  'app/contracts/customers.yaml': 'apiVersion: v3.0.2\nkind: DataContract\nschema:\n  - name: customers\n    properties:\n      - name: email\n',
  'app/contracts/datamin.yaml': 'version: 1\npurposes: {}\n',
  'app/contracts/k8s.yaml': 'apiVersion: v1\nkind: ConfigMap\n',
};

let root: string;
const rel = (files: string[]): string[] => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'datamin-discover-'));
  for (const [file, content] of Object.entries(tree)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('discoverInputs', () => {
  it('walks folders for supported files, honouring .gitignore files and skipping node_modules and .git', async () => {
    const { files, missing } = await discoverInputs(['exports'], { cwd: root });
    expect(rel(files)).toEqual([
      'exports/2024/events.ndjson',
      'exports/2024/keep.csv',
      'exports/2024/logs.jsonl',
      'exports/2024/people.TSV',
      'exports/customers.csv',
      'exports/orders.json',
    ]);
    expect(files.every((file) => path.isAbsolute(file))).toBe(true);
    expect(missing).toEqual([]);
  });

  it('keeps Drizzle, Sequelize and MikroORM model files and ODCS contracts, not code or YAML that declares none', async () => {
    const { files, skipped } = await discoverInputs(['app'], { cwd: root });
    expect(rel(files)).toEqual(['app/contracts/customers.yaml', 'app/db/schema.ts', 'app/entities/device.entity.ts', 'app/models/member.js']);
    expect(skipped.get('app')).toBeUndefined();
  });

  it('expands globs relative to cwd and keeps explicit files as given', async () => {
    const { files } = await discoverInputs(['other/*.csv', 'exports/readme.md', './other/a.json'], { cwd: root });
    expect(rel(files)).toEqual(['exports/readme.md', 'other/a.json', 'other/b.csv']);
  });

  it('sorts and deduplicates overlapping inputs', async () => {
    const { files } = await discoverInputs(['other', 'other/b.csv', '**/b.csv'], { cwd: root });
    expect(rel(files)).toEqual(['other/a.json', 'other/b.csv']);
  });

  it('applies --include and --exclude (gitignore syntax) to paths relative to cwd', async () => {
    const included = await discoverInputs(['exports', 'other'], { cwd: root, include: ['*.csv'], exclude: ['exports/2024/'] });
    expect(rel(included.files)).toEqual(['exports/customers.csv', 'other/b.csv']);
  });

  it('lists inputs that match nothing as missing', async () => {
    await mkdir(path.join(root, 'empty'), { recursive: true });
    const { files, missing } = await discoverInputs(['nope.csv', 'nothing/**/*.csv', 'empty', 'other/b.csv'], { cwd: root });
    expect(rel(files)).toEqual(['other/b.csv']);
    expect(missing).toEqual(['nope.csv', 'nothing/**/*.csv', 'empty']);
  });
});

describe('source registry', () => {
  it('knows the export extensions, case-insensitively', () => {
    expect(Object.keys(sourceKinds)).toEqual(expect.arrayContaining(['.csv', '.json', '.jsonl', '.ndjson', '.tsv']));
    expect(isSupportedFile('a/B.CSV')).toBe(true);
    expect(isSupportedFile('notes.txt')).toBe(false);
  });

  it('opens a file with name = stem and location relative to cwd', async () => {
    const opened = await openSource(path.join(root, 'exports/customers.csv'), path.join(root, 'exports'));
    expect(opened).toMatchObject({ kind: 'csv', location: 'customers.csv' });
    expect(opened.datasets).toHaveLength(1);
    expect(opened.datasets[0]).toMatchObject({ kind: 'csv', name: 'customers', location: 'customers.csv' });
    expect(opened.sizeBytes).toBe(tree['exports/customers.csv'].length);
  });

  it('rejects unsupported, missing, folder and unreadable inputs with a SourceError naming the file', async () => {
    await expect(openSource('exports/readme.md', root)).rejects.toMatchObject({ file: 'exports/readme.md', message: expect.stringMatching(/^unsupported file type/) });
    await expect(openSource('exports/gone.csv', root)).rejects.toMatchObject({ file: 'exports/gone.csv', message: 'file not found' });
    await mkdir(path.join(root, 'folder.csv'), { recursive: true });
    await expect(openSource('folder.csv', root)).rejects.toBeInstanceOf(SourceError);
    if (process.getuid?.() !== 0) {
      // root reads everything, so the permission case only means something for other users.
      await chmod(path.join(root, 'other/b.csv'), 0o000);
      await expect(openSource('other/b.csv', root)).rejects.toMatchObject({ message: 'cannot read file (EACCES)' });
      await chmod(path.join(root, 'other/b.csv'), 0o644);
    }
  });
});
