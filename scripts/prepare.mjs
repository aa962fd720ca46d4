// npm's `prepare` hook: builds dist/ where npm needs it and nobody ran `npm run build`.
// npm runs `prepare` after a plain `npm install`/`npm ci` in this repository, before `npm pack`
// and `npm publish`, and when the package is installed from a git URL or a GitHub shorthand
// (npm then installs our devDependencies in its clone first, runs this, and packs the result;
// https://docs.npmjs.com/cli/using-npm/scripts#prepare-and-prepublish). bin/datamin.js runs
// dist/bundle/main.js, which git holds no copy of, so without this a git install has no CLI.
//
// `prepare` runs on every `npm ci` here too, so it is cheap when there is nothing to do: dist/
// is rebuilt only when a build input is newer than the bundle (a fresh clone has no bundle).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = 'dist/bundle/main.js';
/** What `npm run build` reads: a change to any of these makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'schemas', 'scripts/bundle.mjs', 'scripts/build-validators.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
/** The devDependencies `npm run build` runs. */
const BUILD_TOOLS = ['typescript', 'esbuild'];

function newestMtime(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** True when the bundle exists and no build input changed after it was written. */
export function distIsFresh(dir = root) {
  const bundle = path.join(dir, BUNDLE);
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(dir, input)) <= built);
}

function main() {
  if (distIsFresh()) {
    console.log('datamin prepare: dist/ is up to date');
    return 0;
  }
  const missing = BUILD_TOOLS.filter((name) => !existsSync(path.join(root, 'node_modules', name, 'package.json')));
  if (missing.length > 0) {
    // `npm install --omit=dev` in a checkout: keep a dist/ that is there, else say what to do.
    if (existsSync(path.join(root, BUNDLE))) {
      console.log(`datamin prepare: ${missing.join(', ')} not installed (devDependencies omitted); keeping the existing dist/`);
      return 0;
    }
    console.error(`datamin prepare: building dist/ needs the devDependencies ${missing.join(', ')}; run \`npm install\` without --omit=dev, then \`npm run build\``);
    return 1;
  }
  const npm = process.env.npm_execpath;
  // Under npm, npm_execpath is npm's own CLI script: run it with this Node, as npm does.
  const build = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.error) {
    console.error(`datamin prepare: cannot run the build: ${build.error.message}`);
    return 1;
  }
  return build.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
