/** Officials: named people with their roles, listed by the organizations and countries they serve. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { membershipItemKey, membershipKey, officialKey, sortName, withoutKeys } from './keys.js';
import { NamedRecords } from './namedRecords.js';
import { type Page, type PageArgs, queryPage } from './queryPage.js';
import type { OfficialRecord } from './records.js';
import { officialsTable } from './tables.js';

const [byMembership, byName] = officialsTable.globalSecondaryIndexes;

export type MembershipFilter = { organizationId?: string; countryId?: string };

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

  /** One membership item per organization and per country the official has served. */
  protected companionItems(record: OfficialRecord) {
    const memberships = new Set<string>();
    for (const role of record.roles) {
      if (role.organizationId) memberships.add(membershipKey('ORGANIZATION', role.organizationId));
      if (role.countryId) memberships.add(membershipKey('COUNTRY', role.countryId));
    }
    return [...memberships].map((memberOfKey) => ({
      ...membershipItemKey(record.id, memberOfKey),
      itemType: 'MEMBERSHIP',
      memberOfKey,
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
    if (!organizationId && !countryId) {
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
    const memberOf = organizationId ? membershipKey('ORGANIZATION', organizationId) : membershipKey('COUNTRY', countryId!);
    // Membership items carry only the id; the records come through the per-request loader.
    const result = await queryPage(this.doc, {
      ...page,
      table: this.table,
      index: byMembership.indexName,
      keyNames: ['pk', 'sk', byMembership.partitionKey.name, byMembership.sortKey.name],
      keyCondition: `${byMembership.partitionKey.name} = :memberOf`,
      values: { ':memberOf': memberOf },
      scope: `officials:${memberOf}:${organizationId && countryId ? countryId : ''}`,
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
