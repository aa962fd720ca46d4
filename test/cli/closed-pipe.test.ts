// A reader that stops early (`datamin scan | head -1`) closes stdout: the compiled CLI must drop
// the output quietly, with no EPIPE stack trace, and still exit 1 for the findings.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('output to a pipe closed early', () => {
  it('drops the rest quietly and keeps the exit code', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/datamin.js'), 'scan', 'examples', '--format', 'json', '--quiet'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Close our end before the scan writes anything: every write meets a closed pipe.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
