/** Entities: countries, government bodies, companies, organizations and regions. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { entityKey, kindKey, sortName } from './keys.js';
import { NamedRecords } from './namedRecords.js';
import { type Page, type PageArgs, queryPage } from './queryPage.js';
import type { EntityKind, EntityRecord } from './records.js';
import { entitiesTable } from './tables.js';
import { withoutKeys } from './keys.js';

const [byKind, byName] = entitiesTable.globalSecondaryIndexes;

export class EntityRepository extends NamedRecords<EntityRecord> {
  constructor(doc: DynamoDBDocumentClient, table: string) {
    super(doc, table, 'entity');
  }

  protected recordKey(id: string) {
    return entityKey(id);
  }

  protected indexAttributes(record: EntityRecord) {
    return { kindKey: kindKey(record.kind), listKey: 'ENTITY', nameKey: sortName(record.name, record.id) };
  }

  /** Entities sorted by name, of one kind or of all. */
  async list(kind: EntityKind | undefined, page: PageArgs): Promise<Page<EntityRecord>> {
    const index = kind ? byKind : byName;
    const result = await queryPage(this.doc, {
      ...page,
      table: this.table,
      index: index.indexName,
      keyNames: ['pk', 'sk', index.partitionKey.name, index.sortKey.name],
      keyCondition: `${index.partitionKey.name} = :list`,
      values: { ':list': kind ? kindKey(kind) : 'ENTITY' },
      scope: `entities:${kind ?? '*'}`,
    });
    return { ...result, items: result.items.map(({ cursor, item }) => ({ cursor, item: withoutKeys<EntityRecord>(item) })) };
  }
}
