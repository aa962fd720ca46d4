// Issue 24 end to end: a retail fixture (customers, web events keyed by a GA cookie id, app events
// keyed by an IDFA, a consent log, model segments and a product catalogue) through the CLI. Each
// personalization category lands on its fields, the catalogue stays quiet, every dataset keyed by
// a pseudonymous id says whether another dataset links it, in every text format, and no value of
// a personal field appears in any output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'test/fixtures/cli/ok.personalization-retail');
const inputs = ['customers.csv', 'events.ndjson', 'app_events.ndjson', 'consent_log.csv', 'segments.csv', 'products.csv'];

/** Every value of the given fields of one input file, as written there. */
function valuesOf(file: string, fields: ReadonlySet<string>): string[] {
  const text = readFileSync(path.join(dir, file), 'utf8').trim();
  if (file.endsWith('.ndjson')) {
    return text.split('\n').flatMap((line) => Object.entries(JSON.parse(line) as Record<string, unknown>).filter(([k]) => fields.has(k)).map(([, v]) => String(v)));
  }
  const [header, ...rows] = text.split('\n').map((l) => l.split(','));
  return rows.flatMap((row) => row.filter((_, i) => fields.has(header[i])));
}

describe('personalization data (issue 24)', () => {
  let result: ScanResult;
  let json: string;
  beforeAll(async () => {
    const run = await runCli(['scan', ...inputs, '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    json = run.stdout;
    result = JSON.parse(json) as ScanResult;
  });

  const categoriesOf = (dataset: string, field: string): string[] =>
    result.fields.find((f) => f.dataset === dataset && f.field === field)?.categories.map((c) => c.id) ?? [];
  const linkOf = (dataset: string) => result.datasets.find((d) => d.name === dataset)?.linkability;

  it('puts each category on the right fields', () => {
    expect(categoriesOf('events', 'page_url')).toEqual(['behavior.browsing']);
    expect(categoriesOf('events', 'search_query')).toEqual(['behavior.browsing']);
    expect(categoriesOf('events', 'cookie_id')).toEqual(['online.cookie_id']);
    expect(categoriesOf('customers', 'cookie_id')).toEqual(['online.cookie_id']);
    expect(categoriesOf('customers', 'shoe_size')).toEqual(['behavior.preference']);
    expect(categoriesOf('customers', 'newsletter')).toEqual(['consent.record']);
    expect(categoriesOf('consent_log', 'consented_at')).toEqual(['consent.record']);
    expect(categoriesOf('consent_log', 'tc_string')).toEqual(['consent.record']);
    expect(categoriesOf('segments', 'churn_score')).toEqual(['behavior.profile']);
    expect(categoriesOf('segments', 'clv')).toEqual(['behavior.profile']);
    expect(categoriesOf('app_events', 'gclid')).toEqual(['online.advertising_id']);
    expect(categoriesOf('app_events', 'idfa')).toContain('online.advertising_id');
    for (const key of ['customer_id', 'event_id', 'ts', 'model_version', 'app_version']) {
      for (const f of result.fields.filter((p) => p.field === key)) expect(f.categories, `${f.dataset}.${key}`).toEqual([]);
    }
  });

  it('keeps a product catalogue quiet: no person key, so no behaviour', () => {
    const products = result.fields.filter((f) => f.dataset === 'products');
    expect(products.length).toBe(9);
    expect(products.filter((f) => f.categories.length > 0).map((f) => f.field)).toEqual([]);
    expect(linkOf('products')).toBeUndefined();
  });

  it('says which dataset links a pseudonymous key, and calls an unlinked one pseudonymous', () => {
    expect(linkOf('events')).toEqual({
      status: 'linked',
      keys: ['cookie_id'],
      linkedBy: [{ source: 'customers.csv', dataset: 'customers', field: 'cookie_id', identifiers: ['contact.email', 'contact.phone', 'person.name'] }],
    });
    expect(linkOf('segments')?.linkedBy?.map((l) => `${l.dataset}.${l.field}`)).toEqual(['customers.customer_id']);
    expect(linkOf('consent_log')?.status).toBe('linked');
    expect(linkOf('app_events')).toEqual({ status: 'pseudonymous', keys: ['idfa', 'gclid'] });
    // A dataset with direct identifiers of its own needs no note.
    expect(linkOf('customers')).toBeUndefined();
  });

  it('validates against schemas/scan-result.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas/scan-result.schema.json'), 'utf8')) as object);
    expect(validate(result), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  for (const format of ['table', 'markdown', 'html']) {
    it(`shows the linkability notes in --format ${format}`, async () => {
      const run = await runCli(['scan', ...inputs, '--format', format], { cwd: dir });
      const text = format === 'html' ? run.stdout.replace(/<[^>]+>/g, '') : run.stdout.replace(/\\/g, '');
      expect(text).toContain('linked: the key cookie_id also occurs in customers.cookie_id (beside contact.email, contact.phone, person.name)');
      expect(text).toContain('pseudonymous: keyed by idfa, gclid, which no scanned dataset links to direct identifiers');
    });
  }

  it('prints no value of a personal field in any format', async () => {
    const personal = new Map<string, Set<string>>();
    for (const f of result.fields) {
      if (f.categories.length === 0) continue;
      const file = inputs.find((i) => i.startsWith(`${f.dataset}.`))!;
      personal.set(file, (personal.get(file) ?? new Set()).add(f.field));
    }
    // Single lower-case words (`search`, `store`) are also report wording; everything else counts.
    const planted = [...personal].flatMap(([file, fields]) => valuesOf(file, fields)).filter((v) => v.length >= 5 && !/^[a-z_]+$/.test(v));
    expect(planted.length).toBeGreaterThan(300);
    for (const format of ['json', 'table', 'markdown', 'html', 'sarif', 'junit']) {
      const run = await runCli(['scan', ...inputs, '--format', format, '--verbose'], { cwd: dir });
      // A confidence or score (`0.484`) is the report's own number, though a planted score may read the same.
      const output = (run.stdout + run.stderr).replace(/"(?:confidence|score)":\s*[\d.]+/g, '');
      expect([...new Set(planted.filter((v) => output.includes(v)))], format).toEqual([]);
    }
  });
});
