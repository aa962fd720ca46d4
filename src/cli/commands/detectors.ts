// `datamin detectors`: the registry as a table (or JSON), built-in detectors and those declared
// in datamin.yaml alike, so users can see what is looked for.
import { printLine, type Io } from '../io.js';
import { allDetectors } from '../../detectors/index.js';
import { loadConfig } from '../../config/index.js';

export async function detectorsCommand(opts: { json?: boolean; config?: string }, io: Io): Promise<number> {
  const loaded = await loadConfig({ ...(opts.config === undefined ? {} : { explicitPath: opts.config }), searchFrom: io.cwd });
  if (loaded.errors.length > 0) {
    for (const e of loaded.errors) printLine(io.stderr, `datamin: ${e.format(io.cwd)}`);
    return 2;
  }
  const rows = allDetectors(loaded.config?.detectors).map((d) => ({
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
  return 0;
}
