// Python model files: Django (`models.py`, or any module importing django.db) and SQLAlchemy
// (any module importing sqlalchemy or flask_sqlalchemy), and the migrations of both (Django's
// `migrations/`, Alembic's `versions/`, python-migrations.ts). A folder walk keeps a `.py` only
// when its first bytes mention such an import (or it is a `models.py`), a cheap filter before
// any parsing; what the file is (models, which ORM, a migration) is then read from its syntax tree.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { readSchemaText } from '../schema/document.js';
import { djangoDatasets } from './django.js';
import { pythonModule, type PyModule } from './python-classes.js';
import { hasDjangoModels, isAlembicRevision, isDjangoMigration, openPythonMigration } from './python-migrations.js';
import { sqlalchemyDatasets } from './sqlalchemy.js';

/** Bytes read to decide whether a `.py` imports an ORM: imports sit at the top of a module. */
const SNIFF_BYTES = 64 * 1024;

// Import statements at the start of a line (PEP 8 puts them at the top; a docstring may come first).
const DJANGO_IMPORT = /^\s*(?:from\s+django\.db(?:\.models)?\s+import\b|import\s+django\.db)/m;
const SQLALCHEMY_IMPORT = /^\s*(?:from\s+(?:sqlalchemy|flask_sqlalchemy|alembic)[\s.]|import\s+(?:sqlalchemy|flask_sqlalchemy|alembic)\b)/m;

/**
 * Flask-SQLAlchemy's idiom: a module imports the app's `db` object (`from app.models import db`),
 * never sqlalchemy itself, and declares columns as `name = db.Column(…)` or, annotated,
 * `name: str = db.Column(…)`. Such a module is SQLAlchemy's.
 */
const FLASK_DB_COLUMN = /^[ \t]+[A-Za-z_]\w*[ \t]*(?::[^=\n]+)?=[ \t]*db\.(?:Column|relationship)\(/m;

type PythonOrm = 'django' | 'sqlalchemy';

/** Whether the first bytes import an ORM or migration tool: the discovery filter, before any parsing. */
function mentionsOrm(head: string, file: string): boolean {
  return DJANGO_IMPORT.test(head) || SQLALCHEMY_IMPORT.test(head) || FLASK_DB_COLUMN.test(head) || path.basename(file) === 'models.py';
}

/** The ORMs a parsed module imports (`from django.db import models`, `import sqlalchemy as sa`, `from flask_sqlalchemy import …`). */
function ormsOf(module: PyModule, file: string, text: string): PythonOrm[] {
  const imports = (prefix: string): boolean => module.imports.some((name) => name === prefix || name.startsWith(`${prefix}.`));
  const orms: PythonOrm[] = [];
  if (imports('django.db')) orms.push('django');
  if (imports('sqlalchemy') || imports('flask_sqlalchemy') || FLASK_DB_COLUMN.test(text)) orms.push('sqlalchemy');
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

/** Discovery: whether a `.py` file is a model module or a migration worth opening (not one superseded by models.py). */
export async function isPythonModelFile(file: string): Promise<boolean> {
  return mentionsOrm(await readHead(file), file) && !(await hasDjangoModels(file));
}

export async function openPythonModels(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const module = await pythonModule(text, source.location);
  if (isDjangoMigration(module)) return openPythonMigration(source, 'django-migration');
  if (isAlembicRevision(module)) return openPythonMigration(source, 'alembic-migration');
  const orms = ormsOf(module, source.file, text);
  const warnings: SourceWarning[] = [];
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
