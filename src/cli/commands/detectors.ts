// `datamin detectors`: the registry as a table (or JSON), built-in detectors and those declared
// in datamin.yaml alike, so users can see what is looked for.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printLine, type Io } from '../io.js';
import { UsageError } from '../errors.js';
import { allDetectors } from '../../detectors/index.js';
import { loadConfig } from '../../config/index.js';
import type { Detector } from '../../model/detector.js';
import { listCustomCategories, type GdprClass } from '../../model/taxonomy.js';
import { toFieldName } from '../../util/tokenize.js';

/** Every detector, built-in and declared in the datamin.yaml found (or given), or the exit code of a config problem. */
async function loadDetectors(config: string | undefined, io: Io): Promise<readonly Detector[] | number> {
  const loaded = await loadConfig({ ...(config === undefined ? {} : { explicitPath: config }), searchFrom: io.cwd });
  if (loaded.errors.length > 0) {
    for (const e of loaded.errors) printLine(io.stderr, `datamin: ${e.format(io.cwd)}`);
    return 2;
  }
  return allDetectors(loaded.config?.detectors);
}

export async function detectorsCommand(opts: { json?: boolean; config?: string }, io: Io): Promise<number> {
  const detectors = await loadDetectors(opts.config, io);
  if (typeof detectors === 'number') return detectors;
  const rows = detectors.map((d) => ({
    id: d.id,
    ...(d.label === undefined ? {} : { label: d.label }),
    kind: d.kind,
    ...(d.kind === 'value' ? { scope: d.scope, strength: d.strength } : {}),
    categories: [...d.categories],
    description: d.description,
  }));
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const kind of ['name', 'value'] as const) {
    const list = rows.filter((r) => r.kind === kind);
    io.stdout.write(`${kind} detectors (${list.length})\n`);
    for (const r of list) {
      const label = r.label === undefined ? '' : `  [${r.label}, datamin.yaml]`;
      io.stdout.write(`  ${r.id.padEnd(width)}  ${r.categories.join(', ')}${label}\n    ${r.description}\n`);
    }
    io.stdout.write('\n');
  }
  const custom = listCustomCategories();
  if (custom.length > 0) {
    io.stdout.write(`custom categories (${custom.length})\n`);
    const article: Record<GdprClass, string> = { personal: 'Art. 4(1)', special: 'Art. 9', criminal: 'Art. 10' };
    for (const c of custom) io.stdout.write(`  ${c.id.padEnd(width)}  ${c.title}  [${c.sensitivity}, ${c.gdprClass}: ${article[c.gdprClass]}, datamin.yaml]\n`);
    io.stdout.write('\n');
  }
  return 0;
}

/**
 * `datamin detectors test <id>`: what one detector decides on a name (`--name`) or on each line
 * of a file (`--values`). Lines are named by number, never printed: the file may hold real data.
 */
export async function detectorTestCommand(id: string, opts: { values?: string; name?: string; config?: string }, io: Io): Promise<number> {
  if (opts.values === undefined && opts.name === undefined) throw new UsageError('detectors test needs --values FILE or --name NAME');
  const detectors = await loadDetectors(opts.config, io);
  if (typeof detectors === 'number') return detectors;
  const chosen = detectors.filter((d) => d.id === id);
  if (chosen.length === 0) throw new UsageError(`no detector '${id}' (run 'datamin detectors' to list them)`);
  if (opts.name !== undefined) {
    const name = chosen.find((d) => d.kind === 'name');
    if (!name) throw new UsageError(`detector '${id}' reads values, not names: use --values`);
    const result = name.match(toFieldName(opts.name));
    const hits = result === undefined ? [] : Array.isArray(result) ? result : [result];
    if (hits.length === 0) printLine(io.stdout, `${id}: name does not match`);
    for (const hit of hits) printLine(io.stdout, `${id}: name matches ${hit.category} (confidence ${hit.confidence.toFixed(2)}): ${hit.reason}`);
  }
  if (opts.values !== undefined) {
    const value = chosen.find((d) => d.kind === 'value');
    if (!value) throw new UsageError(`detector '${id}' reads names, not values: use --name`);
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, opts.values), 'utf8');
    } catch {
      throw new UsageError(`cannot read ${opts.values}`);
    }
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    const matched: number[] = [];
    const missed: number[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      (value.match(line) ? matched : missed).push(i + 1);
    });
    const list = (numbers: number[]): string => (numbers.length === 0 ? 'none' : numbers.join(', '));
    printLine(io.stdout, `${id}: ${matched.length} of ${matched.length + missed.length} values match`);
    printLine(io.stdout, `  matching lines: ${list(matched)}`);
    printLine(io.stdout, `  other lines: ${list(missed)}`);
  }
  return 0;
}
