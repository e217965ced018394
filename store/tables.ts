/**
 * The one definition of the service's DynamoDB tables: keys and indexes.
 * `store/` creates tables from it locally, `infra/` builds the CDK tables from it,
 * and the repositories name indexes and key attributes through it, so the three never drift.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export type TableId = 'entities' | 'officials' | 'statements';

export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  /** Why this index exists (the access pattern it serves). */
  serves: string;
}

export interface TableDefinition {
  id: TableId;
  /** Logical name: CDK construct id and the suffix of local table names. */
  logicalName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: IndexDefinition[];
}

const s = (name: string): KeyAttribute => ({ name, type: 'S' });

export const entitiesTable = {
  id: 'entities',
  logicalName: 'Entities',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  globalSecondaryIndexes: [
    { indexName: 'byKind', partitionKey: s('kindKey'), sortKey: s('nameKey'), serves: 'entities(kind:) sorted by name' },
    { indexName: 'byName', partitionKey: s('listKey'), sortKey: s('nameKey'), serves: 'entities() of every kind sorted by name' },
  ],
} as const satisfies TableDefinition;

export const officialsTable = {
  id: 'officials',
  logicalName: 'Officials',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  globalSecondaryIndexes: [
    {
      indexName: 'byMembership',
      partitionKey: s('memberOfKey'),
      sortKey: s('nameKey'),
      serves: 'officials(organization:) and officials(country:) sorted by name, from role membership items',
    },
    { indexName: 'byName', partitionKey: s('listKey'), sortKey: s('nameKey'), serves: 'officials() sorted by name' },
  ],
} as const satisfies TableDefinition;

export const statementsTable = {
  id: 'statements',
  logicalName: 'Statements',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  globalSecondaryIndexes: [
    { indexName: 'bySpeaker', partitionKey: s('speakerKey'), sortKey: s('timeKey'), serves: 'statements by speaker, newest first' },
    { indexName: 'byAbout', partitionKey: s('aboutKey'), sortKey: s('timeKey'), serves: 'statements about an entity (edge items), newest first' },
    { indexName: 'byStatus', partitionKey: s('statusKey'), sortKey: s('timeKey'), serves: 'the review queue: statements by status' },
    { indexName: 'byKind', partitionKey: s('kindKey'), sortKey: s('timeKey'), serves: 'statements(kind:), newest first' },
    { indexName: 'byFeed', partitionKey: s('feedKey'), sortKey: s('timeKey'), serves: 'sources() and statements() newest first' },
  ],
} as const satisfies TableDefinition;

export const tableDefinitions: Record<TableId, TableDefinition> = {
  entities: entitiesTable,
  officials: officialsTable,
  statements: statementsTable,
};

export type TableNames = Record<TableId, string>;

/** Environment variables that carry the deployed table names (set by the CDK stack). */
export const tableNameEnv: Record<TableId, string> = {
  entities: 'ENTITIES_TABLE',
  officials: 'OFFICIALS_TABLE',
  statements: 'STATEMENTS_TABLE',
};

/** Local table names: `${prefix}${logicalName}`, e.g. `facts-Entities`. */
export function localTableNames(prefix = 'facts-'): TableNames {
  return {
    entities: `${prefix}${entitiesTable.logicalName}`,
    officials: `${prefix}${officialsTable.logicalName}`,
    statements: `${prefix}${statementsTable.logicalName}`,
  };
}

/** Table names from the environment: the deployed names when set, local names otherwise. */
export function tableNamesFromEnv(env: NodeJS.ProcessEnv = process.env): TableNames {
  const local = localTableNames(env.FACTS_TABLE_PREFIX ?? 'facts-');
  return {
    entities: env[tableNameEnv.entities] ?? local.entities,
    officials: env[tableNameEnv.officials] ?? local.officials,
    statements: env[tableNameEnv.statements] ?? local.statements,
  };
}

/** The CreateTable request for a definition: on-demand billing, every index projecting all attributes. */
export function createTableInput(definition: TableDefinition, tableName: string): CreateTableCommandInput {
  const attributes = new Map<string, KeyAttribute>();
  for (const key of [definition.partitionKey, definition.sortKey]) attributes.set(key.name, key);
  for (const index of definition.globalSecondaryIndexes) {
    attributes.set(index.partitionKey.name, index.partitionKey);
    attributes.set(index.sortKey.name, index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes.values()].map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: [
      { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
