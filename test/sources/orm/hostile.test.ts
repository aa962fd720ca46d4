// Mangled model files, migrations and workbooks never crash a reader: seeded mutations of the
// fixtures (cut strings and brackets, stray quotes, heredoc markers, deleted lines) parse to some
// datasets or none, and a damaged workbook is a one-line SourceError naming the file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';
import { djangoDatasets } from '../../../src/sources/orm/django.js';
import { pythonModule } from '../../../src/sources/orm/python-classes.js';
import { RailsInterpreter } from '../../../src/sources/orm/rails-schema.js';
import { sqlalchemyDatasets } from '../../../src/sources/orm/sqlalchemy.js';
import { expectLinearTime } from '../../helpers/linear-time.js';
import { mulberry32 } from '../../helpers/mulberry32.js';
import { workbook } from '../../helpers/xlsx-writer.js';

const cwd = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(cwd, 'test/fixtures/sources/orm');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'datamin-orm-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const INSERTS = ['"', "'", '"""', '(', ')', '[', ']', '{', '}', '\\', '#', '\n', '<<~SQL', 'do |t|', 'end', ':', '%w[', '=begin\n', '  ', '\t', 'class X(models.Model):\n'];

function mutate(text: string, random: () => number): string {
  let out = text;
  for (let k = 0; k < 1 + Math.floor(random() * 6); k++) {
    const at = Math.floor(random() * out.length);
    const action = random();
    if (action < 0.4) out = out.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + out.slice(at);
    else if (action < 0.8) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 40));
    else out = out.slice(0, at);
  }
  return out;
}

describe('mangled model files', () => {
  const sources = {
    schema: readFileSync(path.join(fixtures, 'rails/db/schema.rb'), 'utf8'),
    migration: readFileSync(path.join(fixtures, 'rails-migrations/db/migrate/20240303110000_add_birthdate_to_customers.rb'), 'utf8'),
    django: readFileSync(path.join(fixtures, 'django/shop/models.py'), 'utf8'),
    sqlalchemy: readFileSync(path.join(fixtures, 'sqlalchemy/app/models.py'), 'utf8'),
  };

  it('never throw, over 200 seeded mutations of each', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = mulberry32(seed);
      for (const [kind, text] of Object.entries(sources)) {
        const mangled = mutate(text, random);
        try {
          if (kind === 'schema' || kind === 'migration') await new RailsInterpreter().apply(mangled, 'x.rb');
          else {
            const module = await pythonModule(mangled);
            djangoDatasets(module.classes, 'app/models.py');
            sqlalchemyDatasets(module.classes, module.assignments, 'app/models.py');
          }
        } catch (error) {
          throw new Error(`${kind} seed ${seed} threw ${String(error)}:\n${mangled}`);
        }
      }
    }
  });
});

describe('mangled migrations', () => {
  const folders = { django: 'django-migrations/crm/migrations', alembic: 'alembic/alembic/versions' };

  it('replay to some columns or none, never a crash, over 40 seeded mutations of each folder', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = mulberry32(1000 + seed);
      for (const [kind, folder] of Object.entries(folders)) {
        const target = path.join(scratch, `${kind}-${seed}`, kind === 'django' ? 'crm/migrations' : 'versions');
        mkdirSync(target, { recursive: true });
        const names = readdirSync(path.join(fixtures, folder)).filter((name) => name.endsWith('.py'));
        for (const name of names) writeFileSync(path.join(target, name), mutate(readFileSync(path.join(fixtures, folder, name), 'utf8'), random));
        for (const name of names) {
          try {
            await openSource(path.join(target, name), cwd);
          } catch (error) {
            throw new Error(`${kind} seed ${seed} ${name} threw ${String(error)}:\n${readFileSync(path.join(target, name), 'utf8')}`);
          }
        }
      }
    }
  });
});

describe('damaged workbooks', () => {
  const good = workbook({ People: [['email', 'name'], ['a@example.org', 'Ann Example']] });

  it('are SourceErrors naming the file, never crashes', async () => {
    const random = mulberry32(7);
    for (let k = 0; k < 60; k++) {
      const bytes = Buffer.from(good);
      const cut = k % 3 === 0 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      if (k % 3 !== 0) for (let n = 0; n < 4; n++) cut[Math.floor(random() * cut.length)] = Math.floor(random() * 256);
      const file = path.join(scratch, `damaged-${k}.xlsx`);
      writeFileSync(file, cut);
      try {
        const opened = await openSource(file, cwd);
        for (const dataset of opened.datasets) for await (const row of dataset.rows!({ warn: () => undefined })) void row;
      } catch (error) {
        expect(error).toBeInstanceOf(SourceError);
        expect((error as SourceError).file).toContain(`damaged-${k}.xlsx`);
        expect((error as SourceError).message).not.toContain('a@example.org');
      }
    }
  });
});

describe('deep nesting', () => {
  it('does not overflow the stack', async () => {
    const deep = 100_000;
    await expect(pythonModule(`class A(models.Model):\n    x = models.CharField(${'('.repeat(deep)}\n`)).resolves.toBeDefined();
    await expect(pythonModule(`class A(Base):\n    x: ${'Mapped['.repeat(deep)}str\n`)).resolves.toBeDefined();
    await expect(new RailsInterpreter().apply(`create_table "a" do |t|\n  t.string "b", default: ${'['.repeat(deep)}\nend\n`, 'x.rb')).resolves.toBeUndefined();
    // Classes nested 6,000 deep (18 million characters of indentation).
    const classes = Array.from({ length: 6_000 }, (_, i) => `${' '.repeat(i)}class C${i}:\n`).join('');
    await expect(pythonModule(classes)).resolves.toBeDefined();
  });
});

describe('unclosed blocks', () => {
  it('cost time linear in their number', async () => {
    await expectLinearTime('ruby blocks', 3_000, (n) => 'items.each do |item|\n'.repeat(n) + '  t.string "x"\n', (text) => new RailsInterpreter().apply(text, 'x.rb'), { runs: 2 });
  });
});
