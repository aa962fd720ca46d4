// Passwords in database URLs are never printed: not in the report, not in errors.
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/cli/scan-pipeline.js';
import { runCli } from '../helpers/run-cli.js';

describe('database URL redaction', () => {
  it.each([
    ['postgres://alice:s3cr3t-pw@127.0.0.1:1/shop', 's3cr3t-pw'],
    ['mysql://bob:hunter2pw@127.0.0.1:1/shop?password=hunter2pw', 'hunter2pw'],
    ['postgres://carol@127.0.0.1:1/shop?sslpassword=topsecret9', 'topsecret9'],
  ])('%s', (url, secret) => {
    expect(redactUrl(url)).not.toContain(secret);
  });

  it('an unreachable database with a password in its URL: exit 2, no password anywhere', async () => {
    const run = await runCli(['scan', 'postgres://alice:s3cr3t-pw@127.0.0.1:1/shop?password=s3cr3t-pw', '--format', 'json'], { cwd: process.cwd() });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('s3cr3t-pw');
    const result = JSON.parse(run.stdout) as { errors: Array<{ file?: string; message: string }> };
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].file).toContain('127.0.0.1');
  });
});
