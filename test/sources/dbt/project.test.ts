// The dbt source (src/sources/dbt/): manifest + catalog + schema.yml of a jaffle_shop-shaped
// project → datasets with lines, declarations and lineage; discovery inside a project; bad input.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, DeclaredField, OpenedSource } from '../../../src/model/index.js';
import { SourceError } from '../../../src/model/index.js';
import { discoverInputs } from '../../../src/sources/discover.js';
import { declarationOf } from '../../../src/sources/dbt/project.js';
import { openSource, openUrl } from '../../../src/sources/index.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/sources/dbt');

function field(opened: OpenedSource, dataset: string, name: string): DeclaredField {
  const found = opened.datasets.find((d) => d.name === dataset)?.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no ${dataset}.${name}`);
  return found;
}
const byName = (opened: OpenedSource, name: string): Dataset => opened.datasets.find((d) => d.name === name)!;

describe('dbt project source', () => {
  let opened: OpenedSource;
  beforeAll(async () => {
    opened = await openSource('jaffle_shop/dbt_project.yml', fixtures);
  });

  it('opens every model and source of the manifest, each at its schema.yml', () => {
    expect(opened.kind).toBe('dbt');
    expect(opened.location).toBe('jaffle_shop/dbt_project.yml');
    expect(opened.datasets.map((d) => `${d.name} ${d.location}`).sort()).toEqual([
      'customer_handles jaffle_shop/models/marts/schema.yml',
      'customers jaffle_shop/models/marts/schema.yml',
      'jaffle_shop.raw_customers jaffle_shop/models/staging/schema.yml',
      'jaffle_shop.raw_orders jaffle_shop/models/staging/schema.yml',
      'stg_customers jaffle_shop/models/staging/schema.yml',
      'stg_orders jaffle_shop/models/staging/schema.yml',
    ]);
    expect(opened.warnings).toEqual([]);
  });

  it('puts each documented column at the line of its `- name:` and takes types from the catalog', async () => {
    const email = field(opened, 'customers', 'email');
    const yml = (await readFile(path.join(fixtures, 'jaffle_shop/models/marts/schema.yml'), 'utf8')).split('\n');
    expect(yml[email.line! - 1]).toBe('      - name: email');
    expect(email.type).toBe('VARCHAR');
    expect(field(opened, 'jaffle_shop.raw_customers', 'handle').comment).toBe("The customer's e-mail address, used to log in.");
  });

  it('adds the warehouse columns no schema.yml documents, without a line', () => {
    const channel = field(opened, 'jaffle_shop.raw_customers', 'signup_channel');
    expect(channel.line).toBeUndefined();
    expect(channel.declared).toEqual({ personal: false, marks: [] });
    expect(byName(opened, 'jaffle_shop.raw_customers').fields.map((f) => f.name)).toEqual(['id', 'first_name', 'last_name', 'email', 'handle', 'loyalty_code', 'signup_channel']);
  });

  it("reads the project's own marks: contains_pii, pii tags and datamin purposes", () => {
    expect(field(opened, 'jaffle_shop.raw_customers', 'first_name').declared).toEqual({ personal: true, marks: ['meta.contains_pii'] });
    expect(field(opened, 'jaffle_shop.raw_customers', 'last_name').declared).toEqual({ personal: true, marks: ['tag:pii'] });
    expect(field(opened, 'stg_customers', 'first_name').declared).toEqual({ personal: true, purposes: ['order-fulfilment'], marks: ['meta.datamin.purposes'] });
    expect(field(opened, 'customers', 'email').declared).toEqual({ personal: false, marks: [] });
  });

  it('links a model column to the upstream column it selects under the same name, and not when counted or renamed', () => {
    const ref = (dataset: string, name: string) => ({ source: 'jaffle_shop/models/staging/schema.yml', dataset, field: name });
    expect(field(opened, 'customers', 'email').upstream).toEqual([ref('stg_customers', 'email')]);
    expect(field(opened, 'stg_customers', 'handle').upstream).toEqual([ref('jaffle_shop.raw_customers', 'handle')]);
    expect(field(opened, 'customer_handles', 'handle').upstream).toBeUndefined();
    expect(field(opened, 'stg_customers', 'customer_id').upstream).toBeUndefined();
    expect(field(opened, 'customers', 'number_of_orders').upstream).toBeUndefined();
  });

  it('opens the same project through --dbt with a target folder or the project folder', async () => {
    for (const url of ['dbt:jaffle_shop/target', 'dbt:jaffle_shop']) {
      const again = await openUrl(url, { cwd: fixtures, rowLimit: 10 });
      expect(again.location).toBe('jaffle_shop/dbt_project.yml');
      expect(again.datasets.map((d) => [d.name, d.location, d.fields.map((f) => [f.name, f.line, f.upstream?.length])])).toEqual(
        opened.datasets.map((d) => [d.name, d.location, d.fields.map((f) => [f.name, f.line, f.upstream?.length])]),
      );
    }
  });
});

describe('declarationOf', () => {
  it('counts an explicit contains_pii: false as a declaration, not a mark of personal data', () => {
    expect(declarationOf({ contains_pii: false }, [])).toEqual({ personal: false, marks: ['meta.contains_pii: false'] });
    expect(declarationOf({ pii: true, datamin: { purposes: ['billing', 3] } }, ['PII', 'finance'])).toEqual({ personal: true, purposes: ['billing'], marks: ['meta.pii', 'meta.datamin.purposes', 'tag:PII'] });
  });
});

describe('dbt project: discovery and bad input', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'datamin-dbt-'));
    await cp(path.join(fixtures, 'jaffle_shop'), path.join(root, 'jaffle_shop'), { recursive: true });
    // An empty folder is not kept by git: the seeds folder is made here.
    await mkdir(path.join(root, 'jaffle_shop/seeds'), { recursive: true });
    await writeFile(path.join(root, 'jaffle_shop/seeds/raw_payments.csv'), 'id,order_id,amount\n1,1,10\n');
    await mkdir(path.join(root, 'jaffle_shop/dbt_packages/util'), { recursive: true });
    await writeFile(path.join(root, 'jaffle_shop/dbt_packages/util/data.json'), '[]');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("finds the project file in a walk; skips its target folder and Jinja .sql files, keeps its seeds", async () => {
    const found = await discoverInputs(['.'], { cwd: root });
    expect(found.files.map((f) => path.relative(root, f).split(path.sep).join('/'))).toEqual(['jaffle_shop/dbt_project.yml', 'jaffle_shop/seeds/raw_payments.csv']);
  });

  it('a manifest that is not JSON is a one-line error naming the file and line', async () => {
    const project = path.join(root, 'broken');
    await cp(path.join(fixtures, 'jaffle_shop'), project, { recursive: true });
    await writeFile(path.join(project, 'target/manifest.json'), '{\n  "nodes": {\n    "model.x": oops\n  }\n}\n');
    const error = await openSource('broken/dbt_project.yml', root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ file: 'broken/target/manifest.json', line: 3, message: 'not valid JSON' });
  });

  it('a missing manifest says how to make one', async () => {
    const error = await openUrl('dbt:jaffle_shop/models', { cwd: root, rowLimit: 10 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ file: 'jaffle_shop/models/manifest.json', message: 'no jaffle_shop/models/manifest.json (run `dbt compile` or `dbt docs generate` first)' });
  });

  it('a schema.yml that does not parse loses only its lines, as an error naming it and its line', async () => {
    const project = path.join(root, 'badyml');
    await cp(path.join(fixtures, 'jaffle_shop'), project, { recursive: true });
    await writeFile(path.join(project, 'models/marts/schema.yml'), 'version: 2\nmodels:\n  - name: customers\n    columns: [\n');
    const opened = await openSource('badyml/dbt_project.yml', root);
    expect(opened.warnings).toEqual([expect.objectContaining({ level: 'error', message: expect.stringMatching(/^badyml\/models\/marts\/schema\.yml line \d+: not valid JSON or YAML/) })]);
    const customers = byName(opened, 'customers');
    expect(customers.location).toBe('badyml/models/marts/customers.sql');
    expect(customers.fields.find((f) => f.name === 'email')).toMatchObject({ type: 'VARCHAR' });
    expect(customers.fields.every((f) => f.line === undefined)).toBe(true);
  });

  it('without catalog.json reads the documented columns and says so', async () => {
    const project = path.join(root, 'nocatalog');
    await cp(path.join(fixtures, 'jaffle_shop'), project, { recursive: true });
    await rm(path.join(project, 'target/catalog.json'));
    const opened = await openSource('nocatalog/dbt_project.yml', root);
    expect(opened.warnings?.map((w) => w.message)).toEqual(['nocatalog/target/catalog.json not found: only the columns documented in schema.yml files were read (run `dbt docs generate` for the warehouse\'s columns)']);
    expect(byName(opened, 'jaffle_shop.raw_customers').fields.map((f) => f.name)).not.toContain('signup_channel');
  });
});
