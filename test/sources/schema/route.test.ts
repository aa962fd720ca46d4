// Routing of schema files: the top-level sniffers for JSON and YAML, the registry, and discovery
// skipping YAML files that are not OpenAPI (a datamin.yaml beside openapi.yaml).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../../../src/sources/discover.js';
import { isDiscoverableFile, openSource, sourceKinds } from '../../../src/sources/index.js';
import { topLevelJsonMembers, topLevelYamlMembers } from '../../../src/sources/schema/route.js';

describe('topLevelJsonMembers', () => {
  it('reads string members and skips nested values, strings with brackets and escapes', () => {
    const text = '\uFEFF {"a": {"x": "}", "y": [1, {"z": "]"}]}, "b\\"q": 2, "$schema": "http://json-schema.org/draft-07/schema#", "c": true}';
    expect([...topLevelJsonMembers(text)]).toEqual([
      ['a', null],
      ['b"q', null],
      ['$schema', 'http://json-schema.org/draft-07/schema#'],
      ['c', null],
    ]);
  });

  it('stops quietly on arrays, cut-off text and non-JSON', () => {
    expect(topLevelJsonMembers('[{"openapi": "3.0.0"}]').size).toBe(0);
    expect([...topLevelJsonMembers('{"customers": [{"name": "An')]).toEqual([['customers', null]]);
    expect([...topLevelJsonMembers('{"openapi": "3.1.0", "paths": {"/a": {')]).toEqual([
      ['openapi', '3.1.0'],
      ['paths', null],
    ]);
    expect(topLevelJsonMembers('not json').size).toBe(0);
  });
});

describe('topLevelYamlMembers', () => {
  it('finds only column-0 openapi/swagger/$schema keys', () => {
    expect([...topLevelYamlMembers('# api\nopenapi: 3.0.3\ninfo:\n  title: x\n')]).toEqual([['openapi', '3.0.3']]);
    expect([...topLevelYamlMembers('"swagger": "2.0"\n')]).toEqual([['swagger', '2.0']]);
    expect(topLevelYamlMembers('config:\n  openapi: 3.0.0\n').size).toBe(0);
    expect(topLevelYamlMembers('version: 1\npurposes: {}\n').size).toBe(0);
  });

  it('reads YAML files written as JSON', () => {
    expect([...topLevelYamlMembers('{ "openapi": "3.1.0" }')]).toEqual([['openapi', '3.1.0']]);
  });
});

describe('registry', () => {
  it('registers the schema extensions', () => {
    for (const extension of ['.json', '.schema.json', '.yaml', '.yml', '.prisma']) expect(Object.hasOwn(sourceKinds, extension)).toBe(true);
  });

  it('still opens a plain .json export as data', async () => {
    const opened = await openSource('test/fixtures/sources/json/array.json', process.cwd());
    expect(opened.kind).toBe('json');
  });
});

describe('discovery of schema files', () => {
  let root: string;
  const tree: Record<string, string> = {
    'api/datamin.yaml': 'version: 1\npurposes:\n  billing:\n    legal_basis: contract\n',
    'api/openapi.yaml': 'openapi: 3.1.0\ninfo:\n  title: t\n  version: "1"\npaths: {}\n',
    'api/ci.yml': 'on: push\njobs: {}\n',
    'api/db/schema.prisma': 'model A {\n  id Int @id\n}\n',
    'api/person.schema.json': '{"type": "object"}',
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'datamin-schema-discover-'));
    for (const [file, content] of Object.entries(tree)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content);
    }
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const rel = (files: string[]): string[] => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

  it('walks a folder keeping OpenAPI YAML and skipping other YAML silently', async () => {
    const { files, missing } = await discoverInputs(['api'], { cwd: root });
    expect(rel(files)).toEqual(['api/db/schema.prisma', 'api/openapi.yaml', 'api/person.schema.json']);
    expect(missing).toEqual([]);
  });

  it('applies the same sniff to globs, and keeps an explicit non-OpenAPI YAML for its error', async () => {
    expect(rel((await discoverInputs(['api/*.yaml'], { cwd: root })).files)).toEqual(['api/openapi.yaml']);
    expect(rel((await discoverInputs(['api/datamin.yaml'], { cwd: root })).files)).toEqual(['api/datamin.yaml']);
    await expect(openSource('api/datamin.yaml', root)).rejects.toMatchObject({ message: expect.stringMatching(/^not an OpenAPI document/) });
  });

  it('isDiscoverableFile sniffs only extensions that have a sniffer', async () => {
    expect(await isDiscoverableFile(path.join(root, 'api/openapi.yaml'))).toBe(true);
    expect(await isDiscoverableFile(path.join(root, 'api/datamin.yaml'))).toBe(false);
    expect(await isDiscoverableFile(path.join(root, 'api/gone.yaml'))).toBe(false);
    expect(await isDiscoverableFile(path.join(root, 'api/db/schema.prisma'))).toBe(true);
    expect(await isDiscoverableFile(path.join(root, 'api/readme.md'))).toBe(false);
  });
});

describe('JSON Schemas without $schema', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'datamin-schema-sniff-'));
    await mkdir(path.join(folder, 'schema'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const open = async (name: string, value: unknown) => {
    await writeFile(path.join(folder, name), JSON.stringify(value, null, 2));
    const opened = await openSource(name, folder);
    return { kind: opened.kind, fields: opened.datasets.flatMap((d) => d.fields.map((f) => `${d.name}:${f.name}`)) };
  };

  it('are read as schemas when `properties` holds only schemas', async () => {
    const person = { type: 'object', title: 'Person', properties: { email: { type: 'string', format: 'email' }, address: { $ref: '#/definitions/address' }, nickname: { description: 'what friends say' } }, definitions: { address: { type: 'object', properties: { street: { type: 'string' } } } } };
    expect(await open('schema/person.json', person)).toEqual({ kind: 'json-schema', fields: ['person:email', 'person:address.street', 'person:nickname'] });
  });

  it('are read as schemas when $defs or definitions hold schemas with properties', async () => {
    const defs = { $id: 'urn:example:shared', $defs: { contact: { type: 'object', properties: { phone: { type: 'string' } } }, code: { type: 'string' } } };
    expect((await open('schema/shared.json', defs)).kind).toBe('json-schema');
  });

  it('data that merely has a properties or definitions member stays data', async () => {
    const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [4.3, 50.8] }, properties: { name: 'Home', owner: 'Anna' } };
    expect((await open('feature.json', feature)).kind).toBe('json');
    const record = { type: 'object', properties: { colour: 'red', size: { cm: 3 } } };
    expect((await open('record.json', record)).kind).toBe('json');
    const dictionary = { definitions: [{ word: 'a', meaning: 'b' }] };
    expect((await open('dictionary.json', dictionary)).kind).toBe('json');
  });
});
