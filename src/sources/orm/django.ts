// Django models (`class X(models.Model)`): one dataset per concrete model, named by its table
// (`Meta.db_table`, else `<app_label>_<model>` as Django names it), each field a column with the
// declaring line. Abstract bases of the same file pass their fields down; `ForeignKey`s become
// `<name>_id`; `help_text`, `verbose_name` and `db_comment` describe the field.
// Field reference: docs.djangoproject.com/en/5.1/ref/models/fields/ and …/models/options/.
import path from 'node:path';
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { ancestorsInFile, mentionsColumn, nestedValue, type PyAttribute, type PyClass } from './python-classes.js';
import { lastName, stringValue, type PyExpr } from './python-expressions.js';
import { joinDescriptions, sqlType } from './orm-types.js';

/** Relations that hold a key column in the model's own table. */
const KEY_RELATIONS = new Set(['ForeignKey', 'OneToOneField', 'ParentalKey']);
/** Field classes that have no column of their own (a join table, a generic relation, a reverse accessor). */
const NO_COLUMN = new Set(['ManyToManyField', 'GenericRelation', 'GenericForeignKey', 'ParentalManyToManyField']);

export interface ModelsResult {
  datasets: Dataset[];
  warnings: SourceWarning[];
}

/** Whether a field call: `models.CharField(…)`, `CharField(…)`, `models.ForeignKey(…)`, a custom `EncryptedTextField(…)`. */
function fieldClass(value: PyExpr | undefined): string | undefined {
  if (value?.kind !== 'call') return undefined;
  const name = lastName(value.callee);
  if (!name) return undefined;
  return name.endsWith('Field') || KEY_RELATIONS.has(name) || NO_COLUMN.has(name) ? name : undefined;
}

function isAbstract(cls: PyClass): boolean {
  return lastName(nestedValue(cls, 'Meta', 'abstract')) === 'True';
}

/**
 * The app label Django derives from the module (`shop/models.py` → `shop`, `shop/models/user.py`
 * → `shop`, `shop/migrations/0001_initial.py` → `shop`): the folder holding `models.py`, or the
 * one above a `models/` package or the `migrations/` folder.
 */
export function appLabel(location: string): string {
  const folder = path.posix.dirname(location);
  const base = path.posix.basename(folder);
  if (base === 'models' || base === 'migrations') return path.posix.basename(path.posix.dirname(folder)) || 'app';
  return base === '.' || base === '' ? 'app' : base;
}

export function djangoDatasets(classes: readonly PyClass[], location: string): ModelsResult {
  const byName = new Map(classes.map((cls) => [cls.name, cls]));
  const warnings: SourceWarning[] = [];
  const models = new Set<PyClass>();
  // A model inherits from models.Model, from a model of this file, or declares fields itself
  // (its base is then imported: `TimeStampedModel`, a project's `BaseModel`).
  for (const cls of classes) {
    const direct = cls.bases.some((base) => lastName(base) === 'Model');
    const inherited = ancestorsInFile(cls, byName).some((ancestor) => ancestor.bases.some((base) => lastName(base) === 'Model'));
    if (direct || inherited || cls.attributes.some((a) => fieldClass(a.value) !== undefined)) models.add(cls);
  }
  const datasets: Dataset[] = [];
  for (const cls of classes) {
    if (!models.has(cls) || isAbstract(cls) || lastName(nestedValue(cls, 'Meta', 'proxy')) === 'True') continue;
    const fields: DeclaredField[] = [];
    const seen = new Set<string>();
    // Abstract ancestors' fields first, in the order Django creates them; the class's own win on a clash.
    const sources = [...ancestorsInFile(cls, byName).filter((a) => models.has(a) && isAbstract(a)).reverse(), cls];
    const own = new Set(cls.attributes.map((a) => a.name));
    for (const attribute of cls.attributes) {
      if (fieldClass(attribute.value) === undefined && mentionsColumn(attribute.mentions)) {
        warnings.push({ message: `line ${attribute.line} (${cls.name}.${attribute.name}) is not a field declaration this reader understands; skipped`, line: attribute.line });
      }
    }
    for (const source of sources) {
      for (const attribute of source.attributes) {
        if (source !== cls && own.has(attribute.name)) continue;
        const field = djangoField(attribute);
        if (!field || seen.has(field.name)) continue;
        seen.add(field.name);
        fields.push(field);
      }
    }
    const table = stringValue(nestedValue(cls, 'Meta', 'db_table'));
    const label = stringValue(nestedValue(cls, 'Meta', 'app_label')) ?? appLabel(location);
    datasets.push({ kind: 'django', name: table ?? `${label}_${cls.name.toLowerCase()}`, location, fields });
  }
  return { datasets, warnings };
}

function djangoField(attribute: PyAttribute): DeclaredField | undefined {
  return attribute.value?.kind === 'call' ? djangoColumn(attribute.name, attribute.value, attribute.line, attribute.column) : undefined;
}

/**
 * The column a field declares (`email = models.EmailField(…)` in a model, `("email",
 * models.EmailField(…))` in a migration's CreateModel, `field=` of its AddField), if it has one.
 */
export function djangoColumn(name: string, call: Extract<PyExpr, { kind: 'call' }>, line: number, column: number): DeclaredField | undefined {
  const kind = fieldClass(call);
  if (!kind || NO_COLUMN.has(kind)) return undefined;
  const relation = KEY_RELATIONS.has(kind);
  const columnName = stringValue(call.keywords.get('db_column')) ?? (relation ? `${name}_id` : name);
  // The first positional argument is the verbose name, except on relations (it is the target model).
  const positionalName = relation ? undefined : stringValue(call.args[0]);
  const comment = joinDescriptions([
    stringValue(call.keywords.get('verbose_name')) ?? positionalName,
    stringValue(call.keywords.get('help_text')),
    stringValue(call.keywords.get('db_comment')),
  ]);
  return { name: columnName, type: sqlType(kind), ...(comment === undefined ? {} : { comment }), line, column };
}
