// The layering of DESIGN.md is lint-enforced: src/scan (the engine) never imports src/cli, so the
// engine can run without the command line; sources never import the engine. These cases run the
// repository's own eslint.config.js entries, so loosening the config fails here.
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error eslint.config.js is plain JavaScript, without a declaration file
import config from '../../eslint.config.js';

type FlatConfig = Linter.Config;
const entries = config as FlatConfig[];
/** The entries that hold import boundaries, with a parser for TypeScript and no type information. */
const boundaries: FlatConfig[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...entries.filter((entry) => entry.rules?.['no-restricted-imports'] !== undefined),
];

function restrictedImports(code: string, file: string): string[] {
  return new Linter({ configType: 'flat' })
    .verify(code, boundaries, file)
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps src/scan from importing src/cli', () => {
    expect(restrictedImports("import { UsageError } from '../cli/errors.js';\n", 'src/scan/pipeline.ts')).toEqual([expect.stringContaining('src/scan must not import src/cli')]);
    expect(restrictedImports("import { main } from '../../cli/main.js';\n", 'src/scan/subject-counts/index.ts')).toHaveLength(1);
  });

  it('lets src/scan use sources, classification, rules and I/O', () => {
    const code = ["import { stat } from 'node:fs/promises';", "import { openSource } from '../sources/index.js';", "import { runRules } from '../rules/engine.js';", "import { toEvidence } from '../classify/evidence.js';", ''].join('\n');
    expect(restrictedImports(code, 'src/scan/pipeline.ts')).toEqual([]);
  });

  it('keeps sources and rules from importing the engine', () => {
    expect(restrictedImports("import { runScan } from '../scan/pipeline.js';\n", 'src/sources/csv.ts')).toHaveLength(1);
    expect(restrictedImports("import { runScan } from '../scan/pipeline.js';\n", 'src/rules/never-store.ts')).toHaveLength(1);
  });

  it('lets the CLI call the engine', () => {
    expect(restrictedImports("import { runScan } from '../../scan/pipeline.js';\n", 'src/cli/commands/scan.ts')).toEqual([]);
  });
});
