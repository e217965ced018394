/** The store: the only code that talks to DynamoDB. */
import { type DynamoClientOptions, createDynamoClients } from './client.js';
import type { CommandLog } from './commandLog.js';
import { ensureTables } from './createTables.js';
import { EntityRepository } from './entityRepository.js';
import { OfficialRepository } from './officialRepository.js';
import { StatementRepository } from './statementRepository.js';
import { type TableNames, tableNamesFromEnv } from './tables.js';
import { type TransactItem, transactWrite } from './transactWrite.js';
import { type MergeRequest, mergeEntities, mergeOfficials } from './merge.js';
import type { EntityRecord, OfficialRecord } from './records.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StoreOptions extends DynamoClientOptions {
  tableNames?: TableNames;
}

export interface Store {
  entities: EntityRepository;
  officials: OfficialRepository;
  statements: StatementRepository;
  tableNames: TableNames;
  /** The DynamoDB commands sent so far (for tests and the benchmark). */
  commandLog: CommandLog;
  /** Creates any missing table. */
  ensureTables(): Promise<string[]>;
  /** Writes items of several tables in one transaction (merges). */
  transact(items: readonly TransactItem[], conflictMessage?: string): Promise<void>;
  /** Folds one record into another that is the same person or body (see merge.ts). */
  mergeOfficials(request: MergeRequest): Promise<OfficialRecord>;
  mergeEntities(request: MergeRequest): Promise<EntityRecord>;
  /** The document client, for fault injection in tests. */
  readonly doc: DynamoDBDocumentClient;
  destroy(): void;
}

export function createStore(options: StoreOptions = {}): Store {
  const tableNames = options.tableNames ?? tableNamesFromEnv();
  const { raw, doc, log } = createDynamoClients({ endpoint: options.endpoint ?? process.env.DYNAMODB_ENDPOINT, ...options });
  const repositories = {
    doc,
    entities: new EntityRepository(doc, tableNames.entities),
    officials: new OfficialRepository(doc, tableNames.officials),
    statements: new StatementRepository(doc, tableNames.statements),
  };
  return {
    ...repositories,
    mergeOfficials: (request) => mergeOfficials(repositories, request),
    mergeEntities: (request) => mergeEntities(repositories, request),
    tableNames,
    commandLog: log,
    ensureTables: () => ensureTables(raw, tableNames),
    transact: (items, conflictMessage) => transactWrite(doc, items, conflictMessage),
    destroy: () => raw.destroy(),
  };
}

export { StoreError, isStoreError, type StoreErrorCode } from './errors.js';
export type { Page, PageArgs } from './queryPage.js';
export * from './records.js';
export { normalizeName, slugFromName } from './normalizeName.js';
export { type TableNames, tableDefinitions, tableNamesFromEnv, localTableNames, tableNameEnv, createTableInput } from './tables.js';
export { createLoaders, type Loaders } from './loaders.js';
export type { TransactItem } from './transactWrite.js';
export type { MergeRequest } from './merge.js';
export { compareHits, type SearchHit } from './namedRecords.js';
