// Python model files: Django (`models.py`, or any module importing django.db) and SQLAlchemy
// (any module importing sqlalchemy or flask_sqlalchemy). A folder walk keeps a `.py`
// only when its first bytes import one of them (or it is a `models.py`); any other Python file
// costs one small read and yields nothing.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { readSchemaText } from '../schema/document.js';
import { djangoDatasets } from './django.js';
import { pythonModule } from './python-classes.js';
import { sqlalchemyDatasets } from './sqlalchemy.js';

/** Bytes read to decide whether a `.py` imports an ORM: imports sit at the top of a module. */
const SNIFF_BYTES = 64 * 1024;

// Import statements at the start of a line (PEP 8 puts them at the top; a docstring may come first).
const DJANGO_IMPORT = /^\s*(?:from\s+django\.db(?:\.models)?\s+import\b|import\s+django\.db)/m;
const SQLALCHEMY_IMPORT = /^\s*(?:from\s+(?:sqlalchemy|flask_sqlalchemy)[\s.]|import\s+(?:sqlalchemy|flask_sqlalchemy)\b)/m;

type PythonOrm = 'django' | 'sqlalchemy';

function ormsOf(head: string, file: string): PythonOrm[] {
  const orms: PythonOrm[] = [];
  if (DJANGO_IMPORT.test(head)) orms.push('django');
  if (SQLALCHEMY_IMPORT.test(head)) orms.push('sqlalchemy');
  // A `models.py` that imports its base from elsewhere (`from .base import Model`) is still Django's convention.
  if (orms.length === 0 && path.basename(file) === 'models.py') orms.push('django');
  return orms;
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Discovery: whether a `.py` file is a model module worth opening. */
export async function isPythonModelFile(file: string): Promise<boolean> {
  return ormsOf(await readHead(file), file).length > 0;
}

export async function openPythonModels(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const orms = ormsOf(text.slice(0, SNIFF_BYTES), source.file);
  const warnings: SourceWarning[] = [];
  const module = await pythonModule(text, source.location);
  const datasets = [];
  if (orms.includes('sqlalchemy')) datasets.push(...sqlalchemyDatasets(module.classes, module.assignments, source.location, warnings));
  if (orms.includes('django')) {
    const django = djangoDatasets(module.classes, source.location);
    datasets.push(...django.datasets);
    warnings.push(...django.warnings);
  }
  if (orms.length === 0) warnings.push({ message: 'imports neither Django nor SQLAlchemy models; nothing to read' });
  return {
    kind: orms[0] ?? 'django',
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
