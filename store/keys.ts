/**
 * Key design. Entities and Officials tables: a record item per id, unique "name" items
 * (normalized alias -> id, for exact resolution and for claiming a name under concurrency) and
 * non-unique "search" items (aliases and word suffixes of the name, for prefix search).
 * Statements table: the article is the partition, holding its source item, its statements and
 * their "about" edge items.
 */
import { normalizeName } from './normalizeName.js';

export type ItemKey = { pk: string; sk: string };

export const RECORD = 'RECORD';

export const entityKey = (id: string): ItemKey => ({ pk: `ENTITY#${id}`, sk: RECORD });
export const officialKey = (id: string): ItemKey => ({ pk: `OFFICIAL#${id}`, sk: RECORD });

/** Partitions of name and search items: by first character, so a prefix query hits one partition. */
const shard = (normalized: string) => normalized.slice(0, 1) || '_';

/** The unique name item of a normalized alias. */
export const nameKey = (normalized: string): ItemKey => ({ pk: `NAME#${shard(normalized)}`, sk: normalized });

/** A search item: a searchable form of a record's name. */
export const searchKey = (form: string, id: string): ItemKey => ({ pk: `SEARCH#${shard(form)}`, sk: `${form}#${id}` });
export const searchPartition = (normalizedPrefix: string) => `SEARCH#${shard(normalizedPrefix)}`;

/**
 * Sort key of a record in the by-name indexes: its normalized name, made unique by its id. The
 * separator sorts below the space, so "united states" comes before "united states department".
 */
export const sortName = (name: string, id: string) => `${normalizeName(name)}\u0001${id}`;

/**
 * Officials are listed under each entity they serve, whatever the relation (organization or
 * country), so an entity's officials can be read knowing only its id; the item's `relations`
 * tells officials(organization:) from officials(country:).
 */
export const membershipKey = (entityId: string) => `MEMBER#${entityId}`;
export const membershipItemKey = (officialId: string, entityId: string): ItemKey => ({
  pk: `OFFICIAL#${officialId}`,
  sk: membershipKey(entityId),
});

export const sourcePartition = (sourceId: string) => `SOURCE#${sourceId}`;
export const sourceKey = (sourceId: string): ItemKey => ({ pk: sourcePartition(sourceId), sk: 'SOURCE' });

/** Statement ids carry their article: `${sourceId}.${localId}`. */
export function splitStatementId(id: string): { sourceId: string; localId: string } | undefined {
  const match = /^(s[0-9a-f]{16})\.([0-9a-z-]{1,40})$/.exec(id);
  return match ? { sourceId: match[1], localId: match[2] } : undefined;
}
export const statementKey = (sourceId: string, localId: string): ItemKey => ({
  pk: sourcePartition(sourceId),
  sk: `STATEMENT#${localId}`,
});
export const aboutEdgeKey = (sourceId: string, localId: string, entityId: string): ItemKey => ({
  pk: sourcePartition(sourceId),
  sk: `ABOUT#${localId}#${entityId}`,
});
export const speakerKey = (speaker: { type: 'OFFICIAL' | 'ENTITY'; id: string }) => `${speaker.type}#${speaker.id}`;
export const aboutKey = (entityId: string) => `ENTITY#${entityId}`;
export const statusKey = (status: string) => `STATUS#${status}`;
export const kindKey = (kind: string) => `KIND#${kind}`;
export const FEED_SOURCES = 'SOURCES';
export const FEED_STATEMENTS = 'STATEMENTS';

/** Key attributes of every item: stripped when an item is turned back into a record. */
export const keyAttributes = new Set([
  'pk', 'sk', 'kindKey', 'listKey', 'nameKey', 'memberOfKey', 'speakerKey', 'aboutKey', 'statusKey', 'feedKey', 'timeKey', 'itemType',
]);

export function withoutKeys<T>(item: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) if (!keyAttributes.has(name)) record[name] = value;
  return record as T;
}
