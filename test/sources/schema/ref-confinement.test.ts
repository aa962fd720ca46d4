// `$ref` reads only regular files inside the scanned root, up to a size cap (issue 26): a schema
// cannot copy another folder's names into the report, read a device, hang on a FIFO, or fetch URLs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSource } from '../../../src/sources/index.js';
import { MAX_REF_FILE_BYTES } from '../../../src/sources/schema/ref-files.js';
import { runCli } from '../../helpers/run-cli.js';

const base = mkdtempSync(path.join(tmpdir(), 'datamin-refs-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const outside = path.join(base, 'outside');
const project = path.join(base, 'project');
const schemas = path.join(project, 'schemas');
mkdirSync(outside, { recursive: true });
mkdirSync(path.join(project, 'common'), { recursive: true });
mkdirSync(schemas, { recursive: true });
writeFileSync(path.join(outside, 'secret.json'), JSON.stringify({ type: 'object', properties: { outside_secret_email: { type: 'string', description: 'outside description text' } } }));
writeFileSync(path.join(project, 'common', 'address.json'), JSON.stringify({ type: 'object', properties: { street_address: { type: 'string' } } }));
writeFileSync(path.join(project, 'common', 'nested.json'), JSON.stringify({ type: 'object', properties: { deep: { $ref: '../../outside/secret.json' } } }));
symlinkSync(path.join(outside, 'secret.json'), path.join(schemas, 'link.json'));
execFileSync('mkfifo', [path.join(schemas, 'pipe.json')]);
writeFileSync(path.join(schemas, 'big.json'), '');
truncateSync(path.join(schemas, 'big.json'), MAX_REF_FILE_BYTES + 1);

function schema(name: string, properties: Record<string, unknown>): string {
  const file = path.join(schemas, name);
  writeFileSync(file, JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties }, null, 1));
  return file;
}

const hostile = schema('hostile.schema.json', {
  email: { type: 'string' },
  relative: { $ref: '../../outside/secret.json' },
  absolute: { $ref: path.join(outside, 'secret.json') },
  fileUrl: { $ref: `file://${path.join(outside, 'secret.json')}` },
  linked: { $ref: 'link.json' },
  device: { $ref: '/dev/zero' },
  fifo: { $ref: 'pipe.json' },
  big: { $ref: 'big.json' },
  remote: { $ref: 'https://example.invalid/person.json' },
  urn: { $ref: 'urn:example:person' },
  inside: { $ref: '../common/address.json' },
});

describe('$ref confinement', () => {
  it('refuses files outside the root, devices, FIFOs, symlinks out and files over the cap, with a warning each', { timeout: 20_000 }, async () => {
    const opened = await openSource(hostile, project, { scanRoot: project });
    const names = opened.datasets[0].fields.map((f) => f.name);
    expect(names).toContain('email');
    expect(names).toContain('inside.street_address');
    expect(names.filter((n) => n.includes('outside_secret'))).toEqual([]);
    expect(JSON.stringify(opened)).not.toContain('outside description text');
    const messages = (opened.warnings ?? []).map((w) => w.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "$ref '../../outside/secret.json' not followed: it points outside the scanned folder",
        `$ref '${path.join(outside, 'secret.json')}' not followed: it points outside the scanned folder`,
        `$ref 'file://${path.join(outside, 'secret.json')}' not followed: it points outside the scanned folder`,
        "$ref 'link.json' not followed: it points outside the scanned folder",
        "$ref '/dev/zero' not followed: it points outside the scanned folder",
        "$ref 'pipe.json' not followed: it is not a regular file",
        `$ref 'big.json' not followed: the referenced file is larger than ${MAX_REF_FILE_BYTES / 1024 / 1024} MiB`,
        "unresolved $ref 'https://example.invalid/person.json': remote references are not fetched",
        "unresolved $ref 'urn:example:person': remote references are not fetched",
      ]),
    );
    // Each warning points at the line of its $ref.
    expect((opened.warnings ?? []).filter((w) => w.message.includes('not followed')).every((w) => typeof w.line === 'number')).toBe(true);
  });

  it('a /dev/zero reached through a root inside / is still refused as not a regular file', async () => {
    const file = schema('device.schema.json', { email: { type: 'string' }, zero: { $ref: '/dev/zero' } });
    const opened = await openSource(file, project, { scanRoot: '/' });
    expect(opened.warnings?.map((w) => w.message)).toEqual(["$ref '/dev/zero' not followed: it is not a regular file"]);
  });

  it('a single file given alone is rooted at its own folder', async () => {
    const file = schema('alone.schema.json', { email: { type: 'string' }, inside: { $ref: '../common/address.json' } });
    const opened = await openSource(file, project);
    expect(opened.datasets[0].fields.map((f) => f.name)).toEqual(['email', 'inside']);
    expect(opened.warnings?.map((w) => w.message)).toEqual(["$ref '../common/address.json' not followed: it points outside the scanned folder"]);
  });

  it('a $ref inside a referenced file is confined too, and named', async () => {
    const file = schema('nested.schema.json', { email: { type: 'string' }, nested: { $ref: '../common/nested.json' } });
    const opened = await openSource(file, project, { scanRoot: project });
    expect(JSON.stringify(opened.datasets)).not.toContain('outside_secret');
    expect(opened.warnings?.map((w) => w.message)).toContain("$ref to 'secret.json' in a referenced file not followed: it points outside the scanned folder");
  });

  it('through the CLI: the folder given is the root, and no outside name reaches the report', { timeout: 30_000 }, async () => {
    const cliProject = path.join(base, 'cli-project');
    mkdirSync(path.join(cliProject, 'api'), { recursive: true });
    mkdirSync(path.join(cliProject, 'shared'), { recursive: true });
    writeFileSync(path.join(cliProject, 'shared', 'address.yaml'), 'type: object\nproperties:\n  street_address: {type: string}\n');
    writeFileSync(
      path.join(cliProject, 'api', 'person.schema.json'),
      JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { email: { type: 'string' }, stolen: { $ref: '../../outside/secret.json' }, home: { $ref: '../shared/address.yaml' } } }, null, 1),
    );
    const out = path.join(base, 'report.json');
    const run = await runCli(['scan', 'cli-project', '--format', `json=${out}`, '--quiet'], { cwd: base });
    const report = readFileSync(out, 'utf8');
    expect(report).not.toContain('outside_secret');
    expect(report).not.toContain('outside description text');
    expect(report).toContain('home.street_address');
    const result = JSON.parse(report) as { errors: Array<{ file?: string; line?: number; message: string; level: string }> };
    expect(result.errors).toEqual([
      // The fragment is read only through the $ref, never as an input of its own.
      { code: 'files-skipped', level: 'warning', file: 'cli-project', message: 'skipped 1 file datamin does not scan as inputs: 1 .yaml' },
      { code: 'source-warning', level: 'warning', file: 'cli-project/api/person.schema.json', line: 9, message: "$ref '../../outside/secret.json' not followed: it points outside the scanned folder" },
    ]);
    expect(run.code).not.toBe(2);
  });
});
