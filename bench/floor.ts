/**
 * The floor: for each contract query, a hand-written function that makes the fewest DynamoDB
 * calls that can return the same data (GetItem, Query and BatchGetItem, independent calls sent
 * together) and builds the same JSON as the GraphQL response. No GraphQL, no DataLoader, no
 * resolvers: what is left of a request when every layer above DynamoDB costs nothing. Items are
 * read whole, as the store reads them, so the floor differs from the service only in calls and
 * in the work done above them. Cursors are the store's own (same scope, same key names), so the
 * JSON is byte-for-byte comparable.
 */
import { BatchGetCommand, type BatchGetCommandOutput, GetCommand, type GetCommandOutput, QueryCommand, type QueryCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { encodeCursor } from '../store/cursor.js';
import {
  aboutKey, entityKey, kindKey, membershipKey, officialKey, searchPartition, sourceKey, sourcePartition, speakerKey, withoutKeys,
} from '../store/keys.js';
import { type EntityKind, type EntityRecord, type OfficialRecord, type SourceRecord, type StatementRecord, type TableNames, compareHits, normalizeName } from '../store/index.js';
import { entitiesTable, officialsTable, statementsTable } from '../store/tables.js';

type Item = Record<string, unknown>;
type Json = Record<string, unknown>;

export interface FloorContext {
  doc: DynamoDBDocumentClient;
  tables: TableNames;
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const nullable = <T>(value: T | undefined) => (value === undefined ? null : value);
const index = (table: { globalSecondaryIndexes: readonly { indexName: string; partitionKey: { name: string }; sortKey: { name: string } }[] }, name: string) =>
  table.globalSecondaryIndexes.find((i) => i.indexName === name)!;
const cursorOf = (scope: string, keyNames: readonly string[], item: Item) =>
  encodeCursor(scope, Object.fromEntries(keyNames.map((name) => [name, String(item[name])])));

async function getItem(context: FloorContext, table: string, key: { pk: string; sk: string }): Promise<Item | undefined> {
  const output = (await context.doc.send(new GetCommand({ TableName: table, Key: key }))) as GetCommandOutput;
  return output.Item;
}

async function query(context: FloorContext, input: ConstructorParameters<typeof QueryCommand>[0]): Promise<Item[]> {
  const output = (await context.doc.send(new QueryCommand(input))) as QueryCommandOutput;
  return output.Items ?? [];
}

/** Items by key across tables: one BatchGetItem per 100 keys, all sent at once, UnprocessedKeys retried. */
async function batchGet(context: FloorContext, keys: { table: string; key: { pk: string; sk: string } }[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  const unique = [...new Map(keys.map((k) => [`${k.table}\u0000${k.key.pk}\u0000${k.key.sk}`, k])).values()];
  const chunks: (typeof unique)[] = [];
  for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
  await Promise.all(chunks.map(async (chunk) => {
    let pending: Record<string, { Keys: Item[] }> = {};
    for (const { table, key } of chunk) (pending[table] ??= { Keys: [] }).Keys.push(key);
    for (let attempt = 0; Object.keys(pending).length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 10 * 2 ** attempt));
      const output = (await context.doc.send(new BatchGetCommand({ RequestItems: pending }))) as BatchGetCommandOutput;
      for (const [table, items] of Object.entries(output.Responses ?? {})) for (const item of items) found.set(`${table}\u0000${item.pk}\u0000${item.sk}`, item);
      pending = (output.UnprocessedKeys ?? {}) as typeof pending;
    }
  }));
  return found;
}

/** What the statements of a page need: their speakers, the entities they are about, their sources. */
function statementKeys(context: FloorContext, statements: readonly StatementRecord[], known: Set<string>) {
  const keys: { table: string; key: { pk: string; sk: string } }[] = [];
  for (const s of statements) {
    if (s.speaker) {
      const key = s.speaker.type === 'OFFICIAL' ? { table: context.tables.officials, key: officialKey(s.speaker.id) } : { table: context.tables.entities, key: entityKey(s.speaker.id) };
      if (!known.has(key.key.pk)) keys.push(key);
    }
    for (const id of s.aboutIds) keys.push({ table: context.tables.entities, key: entityKey(id) });
    if (!known.has(sourcePartition(s.sourceId))) keys.push({ table: context.tables.statements, key: sourceKey(s.sourceId) });
  }
  return keys;
}

class Records {
  constructor(private readonly context: FloorContext, private readonly items: Map<string, Item>, private readonly extra: Map<string, Item> = new Map()) {}
  private get<T>(table: string, key: { pk: string; sk: string }): T | undefined {
    const item = this.extra.get(key.pk) ?? this.items.get(`${table}\u0000${key.pk}\u0000${key.sk}`);
    return item ? withoutKeys<T>(item) : undefined;
  }
  entity = (id: string) => this.get<EntityRecord>(this.context.tables.entities, entityKey(id));
  official = (id: string) => this.get<OfficialRecord>(this.context.tables.officials, officialKey(id));
  source = (id: string) => this.get<SourceRecord>(this.context.tables.statements, sourceKey(id));
}

const officialTitle = (official: OfficialRecord) => official.roles.at(-1)?.title ?? null;

/** The StatementFields fragment. */
function statementJson(s: StatementRecord, records: Records): Json {
  let speaker: Json | null = null;
  if (s.speaker?.type === 'OFFICIAL') {
    const o = records.official(s.speaker.id);
    speaker = o ? { __typename: 'Official', id: gid('Official', o.id), name: o.name, title: officialTitle(o) } : null;
  } else if (s.speaker?.type === 'ENTITY') {
    const e = records.entity(s.speaker.id);
    speaker = e ? { __typename: 'Entity', id: gid('Entity', e.id), name: e.name, kind: e.kind } : null;
  }
  const source = records.source(s.sourceId);
  if (!source) throw new Error(`Statement ${s.id} has no source item`);
  return {
    id: gid('Statement', s.id),
    kind: s.kind,
    text: s.text,
    speakerName: s.speakerName,
    speaker,
    about: s.aboutIds.flatMap((id) => {
      const e = records.entity(id);
      return e ? [{ id: gid('Entity', e.id), name: e.name, kind: e.kind }] : [];
    }),
    statedAt: nullable(s.statedAt),
    status: s.status,
    source: { id: gid('Source', source.id), url: nullable(source.url), title: nullable(source.title), publisher: nullable(source.publisher), publishedAt: nullable(source.publishedAt) },
  };
}

/** A newest-first statements page from an index (speaker or about), as the store asks for it. */
function statementPageQuery(context: FloorContext, indexName: 'bySpeaker' | 'byAbout', partition: string, first: number) {
  const definition = index(statementsTable, indexName);
  return query(context, {
    TableName: context.tables.statements,
    IndexName: indexName,
    KeyConditionExpression: `${definition.partitionKey.name} = :partition`,
    ExpressionAttributeValues: { ':partition': partition },
    ScanIndexForward: false,
    Limit: first + 1,
  });
}

function statementConnection(items: Item[], first: number, scope: string, keyNames: readonly string[], records: Records, withCursor: boolean): Json {
  const page = items.slice(0, first);
  const edges = page.map((item) => {
    const node = statementJson(withoutKeys<StatementRecord>(item), records);
    return withCursor ? { cursor: cursorOf(scope, keyNames, item), node } : { node };
  });
  return { edges, pageInfo: { hasNextPage: items.length > first, endCursor: page.length ? cursorOf(scope, keyNames, page.at(-1)!) : null } };
}

const newestFirstKeys = (indexName: 'bySpeaker' | 'byAbout') => {
  const d = index(statementsTable, indexName);
  return ['pk', 'sk', d.partitionKey.name, d.sortKey.name] as const;
};

/** OfficialPage: GetItem and Query together, then one BatchGetItem. 3 calls, 2 round trips. */
export async function officialPage(context: FloorContext, variables: { id: string; first?: number }): Promise<Json> {
  const id = Buffer.from(variables.id, 'base64').toString().split(':').slice(1).join(':');
  const first = variables.first ?? 20;
  const speaker = { type: 'OFFICIAL' as const, id };
  const [item, statementItems] = await Promise.all([
    getItem(context, context.tables.officials, officialKey(id)),
    statementPageQuery(context, 'bySpeaker', speakerKey(speaker), first),
  ]);
  if (!item) return { official: null };
  const official = withoutKeys<OfficialRecord>(item);
  const statements = statementItems.slice(0, first).map((i) => withoutKeys<StatementRecord>(i));
  const entityIds = official.roles.flatMap((r) => [r.organizationId, r.countryId]).filter((x): x is string => Boolean(x));
  const found = await batchGet(context, [
    ...entityIds.map((e) => ({ table: context.tables.entities, key: entityKey(e) })),
    ...statementKeys(context, statements, new Set([officialKey(id).pk])),
  ]);
  const records = new Records(context, found, new Map([[officialKey(id).pk, item]]));
  const ref = (entityId?: string) => {
    const e = entityId ? records.entity(entityId) : undefined;
    return e ? { id: gid('Entity', e.id), name: e.name } : null;
  };
  return {
    official: {
      id: gid('Official', official.id),
      name: official.name,
      aliases: official.aliases,
      title: officialTitle(official),
      country: ref(official.roles.findLast((r) => r.countryId)?.countryId),
      roles: official.roles.map((r) => ({ title: r.title, organization: ref(r.organizationId), country: ref(r.countryId) })),
      statements: statementConnection(statementItems, first, `statements:${JSON.stringify({ speaker })}`, newestFirstKeys('bySpeaker'), records, true),
    },
  };
}

/**
 * EntityPage: GetItem, the about Query and the membership Query together (membership items are
 * keyed by entity id alone); then one BatchGetItem. 4 calls, 2 round trips.
 */
export async function entityPage(context: FloorContext, variables: { id: string; first?: number }): Promise<Json> {
  const id = Buffer.from(variables.id, 'base64').toString().split(':').slice(1).join(':');
  const first = variables.first ?? 10;
  const byMembership = index(officialsTable, 'byMembership');
  const [item, statementItems, memberships] = await Promise.all([
    getItem(context, context.tables.entities, entityKey(id)),
    statementPageQuery(context, 'byAbout', aboutKey(id), first),
    query(context, {
      TableName: context.tables.officials,
      IndexName: byMembership.indexName,
      KeyConditionExpression: `${byMembership.partitionKey.name} = :memberOf`,
      ExpressionAttributeValues: { ':memberOf': membershipKey(id) },
      Limit: 21,
    }),
  ]);
  if (!item) return { entity: null };
  const entity = withoutKeys<EntityRecord>(item);
  const officialIds = memberships.slice(0, 20).map((m) => String(m.officialId));
  const statements = statementItems.slice(0, first).map((i) => withoutKeys<StatementRecord>(i));
  const found = await batchGet(context, [
    ...(entity.countryId ? [{ table: context.tables.entities, key: entityKey(entity.countryId) }] : []),
    ...officialIds.map((o) => ({ table: context.tables.officials, key: officialKey(o) })),
    ...statementKeys(context, statements, new Set()),
  ]);
  const records = new Records(context, found, new Map([[entityKey(id).pk, item]]));
  const country = entity.countryId ? records.entity(entity.countryId) : undefined;
  return {
    entity: {
      id: gid('Entity', entity.id),
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      description: nullable(entity.description),
      country: country ? { id: gid('Entity', country.id), name: country.name } : null,
      officials: {
        edges: officialIds.flatMap((o) => {
          const official = records.official(o);
          return official ? [{ node: { id: gid('Official', official.id), name: official.name, title: officialTitle(official) } }] : [];
        }),
      },
      statements: statementConnection(statementItems, first, `statements:${JSON.stringify({ aboutId: id })}`, newestFirstKeys('byAbout'), records, true),
    },
  };
}

/** Statements(speaker:) or Statements(about:): one Query, then one BatchGetItem. */
export async function statements(context: FloorContext, variables: { speaker?: string; about?: string; first?: number }): Promise<Json> {
  const first = variables.first ?? 20;
  const [typename, ...rest] = Buffer.from((variables.speaker ?? variables.about)!, 'base64').toString().split(':');
  const id = rest.join(':');
  const speaker = variables.speaker ? { type: typename === 'Official' ? ('OFFICIAL' as const) : ('ENTITY' as const), id } : undefined;
  const indexName = speaker ? 'bySpeaker' : 'byAbout';
  const items = await statementPageQuery(context, indexName, speaker ? speakerKey(speaker) : aboutKey(id), first);
  const found = await batchGet(context, statementKeys(context, items.slice(0, first).map((i) => withoutKeys<StatementRecord>(i)), new Set()));
  const scope = `statements:${JSON.stringify(speaker ? { speaker } : { aboutId: id })}`;
  return { statements: statementConnection(items, first, scope, newestFirstKeys(indexName), new Records(context, found), true) };
}

/** Search: the two search partitions queried together, then one BatchGetItem. 3 calls, 2 round trips. */
export async function search(context: FloorContext, variables: { text: string; first?: number }): Promise<Json> {
  const limit = variables.first ?? 10;
  const prefix = normalizeName(variables.text);
  const hitsOf = async (table: string) => {
    const items = await query(context, {
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': searchPartition(prefix), ':prefix': prefix },
      ProjectionExpression: 'sk, targetId',
      Limit: Math.min(limit * 5, 500),
    });
    const hits = items.map((item) => ({ form: String(item.sk).slice(0, String(item.sk).lastIndexOf('#')), id: String(item.targetId) }));
    hits.sort((a, b) => compareHits(a, b, prefix));
    const seen = new Set<string>();
    return hits.filter((hit) => !seen.has(hit.id) && seen.add(hit.id)).slice(0, limit);
  };
  const [entityHits, officialHits] = await Promise.all([hitsOf(context.tables.entities), hitsOf(context.tables.officials)]);
  const hits = [
    ...entityHits.map((hit) => ({ ...hit, type: 'entity' as const })),
    ...officialHits.map((hit) => ({ ...hit, type: 'official' as const })),
  ].sort((a, b) => compareHits(a, b, prefix)).slice(0, limit);
  const found = await batchGet(context, hits.map((hit) => (hit.type === 'entity'
    ? { table: context.tables.entities, key: entityKey(hit.id) }
    : { table: context.tables.officials, key: officialKey(hit.id) })));
  const records = new Records(context, found);
  return {
    search: hits.flatMap((hit): Json[] => {
      if (hit.type === 'entity') {
        const e = records.entity(hit.id);
        return e ? [{ __typename: 'Entity', id: gid('Entity', e.id), name: e.name, kind: e.kind, aliases: e.aliases }] : [];
      }
      const o = records.official(hit.id);
      return o ? [{ __typename: 'Official', id: gid('Official', o.id), name: o.name, title: officialTitle(o), aliases: o.aliases }] : [];
    }),
  };
}

/**
 * SourcePage: one Query over the article's partition from its source item through its statements
 * (sort keys SOURCE < STATEMENT#…, the about edges sort before both), then one BatchGetItem.
 */
export async function sourcePage(context: FloorContext, variables: { id: string }): Promise<Json> {
  const id = Buffer.from(variables.id, 'base64').toString().split(':').slice(1).join(':');
  const first = 100;
  const items = await query(context, {
    TableName: context.tables.statements,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': sourcePartition(id), ':from': 'SOURCE', ':to': 'STATEMENT#\uffff' },
    Limit: first + 2,
  });
  const sourceItem = items[0]?.sk === 'SOURCE' ? items[0] : undefined;
  if (!sourceItem) return { source: null };
  const statementItems = items.slice(1);
  const source = withoutKeys<SourceRecord>(sourceItem);
  const page = statementItems.slice(0, first).map((i) => withoutKeys<StatementRecord>(i));
  const found = await batchGet(context, statementKeys(context, page, new Set([sourcePartition(id)])));
  const records = new Records(context, found, new Map([[sourcePartition(id), sourceItem]]));
  return {
    source: {
      id: gid('Source', source.id),
      url: nullable(source.url),
      title: nullable(source.title),
      publisher: nullable(source.publisher),
      publishedAt: nullable(source.publishedAt),
      statements: statementConnection(statementItems, first, `source-statements:${id}`, ['pk', 'sk'], records, false),
    },
  };
}

/** Entities(kind:): one Query on the by-kind (or by-name) index. */
export async function entities(context: FloorContext, variables: { kind?: EntityKind; first?: number }): Promise<Json> {
  const first = variables.first ?? 20;
  const definition = index(entitiesTable, variables.kind ? 'byKind' : 'byName');
  const items = await query(context, {
    TableName: context.tables.entities,
    IndexName: definition.indexName,
    KeyConditionExpression: `${definition.partitionKey.name} = :list`,
    ExpressionAttributeValues: { ':list': variables.kind ? kindKey(variables.kind) : 'ENTITY' },
    Limit: first + 1,
  });
  const page = items.slice(0, first);
  const keyNames = ['pk', 'sk', definition.partitionKey.name, definition.sortKey.name];
  const scope = `entities:${variables.kind ?? '*'}`;
  return {
    entities: {
      edges: page.map((item) => ({ cursor: cursorOf(scope, keyNames, item), node: { id: gid('Entity', String(item.id)), name: item.name, kind: item.kind } })),
      pageInfo: { hasNextPage: items.length > first, endCursor: page.length ? cursorOf(scope, keyNames, page.at(-1)!) : null },
    },
  };
}
