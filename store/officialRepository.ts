/** Officials: named people with their roles, listed by the organizations and countries they serve. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { membershipItemKey, membershipKey, officialKey, sortName, withoutKeys } from './keys.js';
import { NamedRecords } from './namedRecords.js';
import { type Page, type PageArgs, queryPage } from './queryPage.js';
import type { OfficialRecord } from './records.js';
import { officialsTable } from './tables.js';

const [byMembership, byName] = officialsTable.globalSecondaryIndexes;

type Relation = 'ORGANIZATION' | 'COUNTRY';

/** Officials of an organization, of a country, of both, or serving an entity in any relation (memberOfId). */
export type MembershipFilter = { organizationId?: string; countryId?: string; memberOfId?: string };

export class OfficialRepository extends NamedRecords<OfficialRecord> {
  constructor(doc: DynamoDBDocumentClient, table: string) {
    super(doc, table, 'official');
  }

  protected recordKey(id: string) {
    return officialKey(id);
  }

  protected indexAttributes(record: OfficialRecord) {
    return { listKey: 'OFFICIAL', nameKey: sortName(record.name, record.id) };
  }

  /** One membership item per entity the official has served, as organization and/or country. */
  protected companionItems(record: OfficialRecord) {
    const relations = new Map<string, Set<Relation>>();
    const add = (entityId: string | undefined, relation: Relation) => {
      if (entityId) (relations.get(entityId) ?? relations.set(entityId, new Set()).get(entityId)!).add(relation);
    };
    for (const role of record.roles) {
      add(role.organizationId, 'ORGANIZATION');
      add(role.countryId, 'COUNTRY');
    }
    return [...relations].map(([entityId, kinds]) => ({
      ...membershipItemKey(record.id, entityId),
      itemType: 'MEMBERSHIP',
      memberOfKey: membershipKey(entityId),
      relations: [...kinds].sort(),
      nameKey: sortName(record.name, record.id),
      officialId: record.id,
    }));
  }

  /**
   * Officials sorted by name: all of them, or those of an organization or a country. With both,
   * the organization's page is read and filtered by country, so such a page may hold fewer items.
   */
  async list(filter: MembershipFilter, page: PageArgs): Promise<Page<{ id: string; record?: OfficialRecord }>> {
    const { organizationId, countryId } = filter;
    if (!organizationId && !countryId && !filter.memberOfId) {
      const result = await queryPage(this.doc, {
        ...page,
        table: this.table,
        index: byName.indexName,
        keyNames: ['pk', 'sk', byName.partitionKey.name, byName.sortKey.name],
        keyCondition: `${byName.partitionKey.name} = :list`,
        values: { ':list': 'OFFICIAL' },
        scope: 'officials:*',
      });
      return { ...result, items: result.items.map(({ cursor, item }) => ({ cursor, item: { id: String(item.id), record: withoutKeys<OfficialRecord>(item) } })) };
    }
    const entityId = filter.memberOfId ?? organizationId ?? countryId!;
    const relation: Relation | undefined = filter.memberOfId ? undefined : organizationId ? 'ORGANIZATION' : 'COUNTRY';
    // Membership items carry only the id; the records come through the per-request loader.
    const result = await queryPage(this.doc, {
      ...page,
      table: this.table,
      index: byMembership.indexName,
      keyNames: ['pk', 'sk', byMembership.partitionKey.name, byMembership.sortKey.name],
      keyCondition: `${byMembership.partitionKey.name} = :memberOf`,
      values: { ':memberOf': membershipKey(entityId), ...(relation ? { ':relation': relation } : {}) },
      ...(relation ? { filter: 'contains(relations, :relation)' } : {}),
      scope: `officials:${entityId}:${relation ?? '*'}:${organizationId && countryId ? countryId : ''}`,
    });
    let items = result.items.map(({ cursor, item }) => ({ cursor, item: { id: String(item.officialId) } }));
    if (organizationId && countryId) {
      const records = await this.getMany(items.map(({ item }) => item.id));
      items = items
        .map(({ cursor, item }, i) => ({ cursor, item: { id: item.id, record: records[i] } }))
        .filter(({ item }) => item.record?.roles.some((role) => role.countryId === countryId));
    }
    return { ...result, items };
  }
}
