/**
 * Per-request DataLoaders: every record read by id in one request tick becomes one BatchGetItem
 * (100 keys a call), and a record read twice in a request is read once. Made anew per request so
 * nothing is cached across requests.
 */
import DataLoader from 'dataloader';
import type { EntityRepository } from './entityRepository.js';
import type { OfficialRepository } from './officialRepository.js';
import type { EntityRecord, OfficialRecord, SourceRecord, StatementRecord } from './records.js';
import type { StatementRepository } from './statementRepository.js';

export interface Loaders {
  entity: DataLoader<string, EntityRecord | undefined>;
  official: DataLoader<string, OfficialRecord | undefined>;
  source: DataLoader<string, SourceRecord | undefined>;
  statement: DataLoader<string, StatementRecord | undefined>;
}

export function createLoaders(store: { entities: EntityRepository; officials: OfficialRepository; statements: StatementRepository }): Loaders {
  const options = { maxBatchSize: 100 };
  return {
    entity: new DataLoader((ids) => store.entities.getMany(ids), options),
    official: new DataLoader((ids) => store.officials.getMany(ids), options),
    source: new DataLoader((ids) => store.statements.getSources(ids), options),
    statement: new DataLoader((ids) => store.statements.getMany(ids), options),
  };
}
