// A json-server style db.json (an object holding several arrays of records) through the CLI:
// every array is its own dataset, also when the second array starts past the sampled prefix.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-db-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a JSON object holding several arrays of records', () => {
  it('scans each array as a dataset named file.key, none lost', async () => {
    // 2,000 posts put the users and comments far past the 64 KiB read at open time.
    const posts = Array.from({ length: 2000 }, (_, i) => ({ id: i, title: `Post number ${i} about nothing much`, views: i * 3 }));
    const users = [
      { id: 1, email: 'anna@example.com', name: 'Anna Berg' },
      { id: 2, email: 'jean@example.org', name: 'Jean Dupont' },
    ];
    const comments = [{ id: 1, body: 'nice', postId: 1 }];
    writeFileSync(path.join(dir, 'db.json'), JSON.stringify({ posts, users, profile: { name: 'typicode' }, comments }, null, 2));
    const run = await runCli(['scan', 'db.json', '--format', 'json', '--fail-on', 'critical'], { cwd: dir });
    expect(run.code, run.stderr).toBeLessThan(2);
    const result = JSON.parse(run.stdout) as ScanResult;
    const byDataset = (name: string): string[] => result.fields.filter((f) => f.dataset === name).map((f) => f.field);
    expect(byDataset('db.posts')).toEqual(['id', 'title', 'views']);
    expect(byDataset('db.users')).toEqual(['id', 'email', 'name']);
    expect(byDataset('db.comments')).toEqual(['id', 'body', 'postId']);
    expect(result.datasets.find((d) => d.name === 'db.users')?.rows).toBe(2);
    expect(result.fields.find((f) => f.dataset === 'db.users' && f.field === 'email')?.categories.map((c) => c.id)).toContain('contact.email');
  });
});
