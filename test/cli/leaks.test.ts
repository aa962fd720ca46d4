// Regression tests for the leaks of issue 26: no personal value reaches any output without
// --show-values, whatever field of the result or report it could hide in.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'datamin-leaks-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Scans `dir` once into every text format and returns all outputs joined, with stderr. */
async function everyOutput(dir: string, extra: string[] = []): Promise<{ text: string; json: { fields: Array<{ dataset: string; field: string; stats: Record<string, unknown>; categories: Array<{ id: string }> }> }; code: number }> {
  const out = mkdtempSync(join(tmpdir(), 'datamin-leaks-out-'));
  dirs.push(out);
  const formats = ['json', 'markdown', 'junit', 'sarif', 'html', 'table'];
  const run = await runCli(['scan', dir, '--verbose', ...formats.flatMap((f) => ['--format', `${f}=${join(out, `r.${f}`)}`]), ...extra], { cwd: dir });
  const text = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')).join('\n') + run.stdout + run.stderr;
  return { text, json: JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')), code: run.code };
}

describe('statistics of personal fields are redacted like their examples', () => {
  const csv = 'name,birth_date,ordered_on\nAnna Berg,1931-04-17,2024-01-02\nJon Smith,1990-02-03,2024-02-05\nLi Wei,2006-11-30,2024-03-09\n';

  it('the oldest and youngest birth dates appear in no output', async () => {
    const { text, json } = await everyOutput(folder({ 'people.csv': csv }));
    const dob = json.fields.find((f) => f.field === 'birth_date')!;
    expect(dob.categories.map((c) => c.id)).toContain('person.date_of_birth');
    expect(dob.stats.minDate).toBe('19**-**-**');
    expect(dob.stats.maxDate).toBe('20**-**-**');
    for (const raw of ['1931-04-17', '2006-11-30', '1931-', '2006-']) expect(text).not.toContain(raw);
  });

  it('a field that is not personal keeps its date extremes; --show-values shows them raw', async () => {
    const dir = folder({ 'people.csv': csv });
    const { json } = await everyOutput(dir);
    expect(json.fields.find((f) => f.field === 'ordered_on')!.stats.minDate).toBe('2024-01-02');
    const shown = await everyOutput(dir, ['--show-values']);
    expect(shown.json.fields.find((f) => f.field === 'birth_date')!.stats.minDate).toBe('1931-04-17');
  });
});

describe('values never become field names', () => {
  it('a JSON map keyed by e-mails and phones: its keys are one classified field, printed nowhere', async () => {
    const records = [
      { id: 1, scores: { 'alice.smith@example.com': 1, '+44 20 7946 0958': 2, 'bob.jones@example.org': 3 } },
      { id: 2, scores: { 'carol.white@example.net': 4, '+49 30 12345678': 5, 'dave.brown@example.com': 3 } },
    ];
    const { text, json } = await everyOutput(folder({ 'scores.json': JSON.stringify(records) }));
    expect(json.fields.map((f) => f.field).sort()).toEqual(['id', 'scores.*', 'scores.{key}']);
    expect(json.fields.find((f) => f.field === 'scores.{key}')!.categories.map((c) => c.id)).toContain('contact.email');
    for (const raw of ['alice.smith', 'carol.white', '7946 0958', '12345678']) expect(text).not.toContain(raw);
  });

  it('the same map in NDJSON', async () => {
    const lines = ['{"id":1,"seen":{"2024-05-01":3,"alice.smith@example.com":1}}', '{"id":2,"seen":{"bob.jones@example.org":2}}'];
    const { text, json } = await everyOutput(folder({ 'seen.ndjson': `${lines.join('\n')}\n` }));
    expect(json.fields.map((f) => f.field).sort()).toEqual(['id', 'seen.*', 'seen.{key}']);
    expect(text).not.toContain('alice.smith');
  });

  it('a headerless CSV of names: the first person is a row, not a header', async () => {
    const csv = 'Maria Garcia,Berlin\nJohn Smith,Paris\nAnna Berg,Rome\nLi Wei,Oslo\n';
    const { text, json } = await everyOutput(folder({ 'people.csv': csv }));
    expect(json.fields.map((f) => f.field)).toEqual(['column_1', 'column_2']);
    expect(json.fields[0].categories.map((c) => c.id)).toContain('person.name');
    expect(text).not.toContain('Maria');
  });

  it('a headerless CSV of phone numbers and counts', async () => {
    const csv = '+44 20 7946 0958,1\n+49 30 1234567,2\n+33 1 23 45 67 89,3\n';
    const { text, json } = await everyOutput(folder({ 'phones.csv': csv }));
    expect(json.fields.map((f) => f.field)).toEqual(['column_1', 'column_2']);
    expect(text).not.toContain('7946');
  });

  it('a real header of the same columns stays a header', async () => {
    const { json } = await everyOutput(folder({ 'people.csv': 'name,city,phone\nMaria Garcia,Berlin,+44 20 7946 0958\nJohn Smith,Paris,+49 30 1234567\n' }));
    expect(json.fields.map((f) => f.field)).toEqual(['name', 'city', 'phone']);
  });
});
