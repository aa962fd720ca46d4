// Bundles the compiled CLI (dist/cli/main.js and the worker entry) with the packages it loads at
// every start into dist/bundle/, which bin/datamin.js runs. Node 20's ES module loader costs
// about half a millisecond per module, and a scan's start loaded some 300 (93 of them
// libphonenumber-js files), and required some 100 CommonJS files: measured, a scan of a 50 KB
// CSV took 0.61 s, 0.45 s bundled.
// Runs after tsc and build-validators; dist/ keeps the unbundled modules, which tests import.
//
// Left outside (loaded from node_modules when needed): native addons, the database drivers and
// parsers of single source kinds (each loaded lazily by its source), and pdfmake (its fonts are
// files it resolves from its own folder).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

/**
 * dist/ loads the CommonJS packages it needs at every start through `requireCjs` (util/require-cjs.ts:
 * unbundled, requiring them spares Node's export lexer). esbuild does not follow that alias, so
 * here it becomes a plain `require('package')`, which it bundles (measured: the packages' 95 ms
 * of loading at start down to about 10). ajv stays outside: only a run from sources compiles a schema.
 */
const bundleRequiredPackages = {
  name: 'bundle-required-packages',
  setup(builder) {
    const ours = new RegExp(`^${`${root}dist/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    builder.onLoad({ filter: ours }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replace(/\brequireCjs\('((?!ajv')[^'./][^']*)'\)/g, "require('$1')"), loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', 'scan-worker': 'dist/scan/scan-worker.js' },
  outdir,
  bundle: true,
  // Shared code goes to chunks both entries import; the lazily imported commands, reporters and
  // sources stay separate chunks, loaded only when used.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  external: [
    'better-sqlite3',
    'libpg-query',
    '@duckdb/node-api',
    '@aws-sdk/client-athena',
    '@google-cloud/bigquery',
    'google-auth-library',
    'snowflake-sdk',
    '@databricks/sql',
    '@clickhouse/client',
    'pg',
    'mysql2',
    'node-sql-parser',
    '@mrleebo/prisma-ast',
    '@apidevtools/json-schema-ref-parser',
    'pdfmake',
    'mysql2/*',
    'yauzl',
    'saxes',
    // Finds its .wasm beside its own module: bundled, it would look beside the bundle.
    'web-tree-sitter',
    'typescript',
  ],
  plugins: [bundleRequiredPackages],
  // Bundled CommonJS packages call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __datamin_createRequire } from 'node:module';\nconst require = __datamin_createRequire(import.meta.url);" },
});
