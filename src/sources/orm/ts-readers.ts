// One parse of a model file, read by each ORM reader its text names (a file may hold a TypeORM
// entity and a Mongoose schema). Loaded on demand: it pulls in the TypeScript compiler.
import type { Dataset, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { drizzleDatasets } from './drizzle.js';
import { mikroOrmDatasets } from './mikro-orm.js';
import { mongooseDatasets } from './mongoose.js';
import { sequelizeDatasets } from './sequelize.js';
import type { TsModelKind } from './ts-models.js';
import { readModule } from './ts-syntax.js';
import { typeormDatasets } from './typeorm.js';

export function readTsModels(text: string, source: Pick<SourceFile, 'file' | 'location'>, kinds: readonly TsModelKind[], fallbackName: string, warnings: SourceWarning[]): Dataset[] {
  return readModule(text, source.file, warnings, (file) =>
    kinds.flatMap((kind) => {
      switch (kind) {
        case 'typeorm':
          return typeormDatasets(file, source.location, warnings);
        case 'mikro-orm':
          return mikroOrmDatasets(file, source.location, warnings);
        case 'mongoose':
          return mongooseDatasets(file, source.location, fallbackName, warnings);
        case 'sequelize':
          return sequelizeDatasets(file, source.location, warnings);
        case 'drizzle':
          return drizzleDatasets(file, source.location, warnings);
      }
    }),
  );
}
