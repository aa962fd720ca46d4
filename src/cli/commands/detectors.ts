// `datamin detectors`: the registry as a table (or JSON), so users can see what is looked for.
import type { Io } from '../io.js';
import { detectors } from '../../detectors/index.js';

export function detectorsCommand(opts: { json?: boolean }, io: Io): number {
  const rows = detectors.map((d) => ({
    id: d.id,
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
    for (const r of list) io.stdout.write(`  ${r.id.padEnd(width)}  ${r.categories.join(', ')}\n    ${r.description}\n`);
    io.stdout.write('\n');
  }
  return 0;
}
