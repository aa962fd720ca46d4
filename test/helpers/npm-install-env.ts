// The environment for npm installs in tests that install datamin as a user would.
//
// Without the `npm_*` variables `npm test` sets (they would carry this repository's config into
// the nested installs) and without this repository's node_modules/.bin on PATH (a build in a
// clone must find its own tsc and esbuild). Dependencies come from npm's cache first
// (--prefer-offline: warm after `npm ci`), the registry otherwise.
//
// better-sqlite3 would compile from source in each install (~1 min on two cores: its prebuilt
// binaries are on GitHub, unreachable here), so prebuild-install is pointed at a local prebuild
// (`npm_config_better_sqlite3_local_prebuilds`, its documented option) holding the binary
// `npm ci` compiled for this Node: the step a download does, and the module still has to load.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 300_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && typeof error.code !== 'number' ? `${stderr}\n${error.message}` : stderr });
    });
  });
}

/** A user's environment for npm, with better-sqlite3's local prebuild in `work/prebuilds`. */
export async function npmInstallEnv(root: string, work: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE_OPTIONS' || key === 'VITEST' || key.startsWith('VITEST_')) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.includes(`node_modules${path.sep}.bin`)).join(path.delimiter);
  Object.assign(env, { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_prefer_offline: 'true' });
  const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
  const binary = path.join(sqlite, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binary)) {
    const { version } = JSON.parse(readFileSync(path.join(sqlite, 'package.json'), 'utf8')) as { version: string };
    const prebuilds = path.join(work, 'prebuilds');
    mkdirSync(prebuilds, { recursive: true });
    // The name prebuild-install looks for: {name}-v{version}-{runtime}-v{abi}-{platform}{libc}-{arch}.tar.gz
    const tarball = path.join(prebuilds, `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`);
    const tar = await run('tar', ['-czf', tarball, '-C', sqlite, 'build/Release/better_sqlite3.node'], root, process.env);
    if (tar.code !== 0) throw new Error(`cannot pack the better-sqlite3 binary: ${tar.stderr}`);
    env.npm_config_better_sqlite3_local_prebuilds = prebuilds;
  }
  return env;
}

/** `npm pack` of this repository into `dir`: the tarball's path and its file list. */
export async function packRepository(root: string, dir: string, env: NodeJS.ProcessEnv): Promise<{ tarball: string; files: string[]; output: string }> {
  const pack = await run('npm', ['pack', '--json', '--pack-destination', dir], root, env);
  if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>)[0];
  return { tarball: path.join(dir, packed.filename), files: packed.files.map((f) => f.path), output: pack.stdout + pack.stderr };
}
