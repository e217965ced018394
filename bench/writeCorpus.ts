/**
 * Writes a corpus through the store's own item builders (record, companion, name, search,
 * statement, about-edge and source items, exactly as the repositories lay them out), but with
 * BatchWriteItem (25 items a call, UnprocessedItems retried) and several calls in flight, which is
 * far faster than one transaction per record. Name items are claimed in corpus order, as
 * `NamedRecords.create` would: a name already held stays with its first holder.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EntityRepository } from '../store/entityRepository.js';
import { FEED_SOURCES, sourceKey } from '../store/keys.js';
import { claimNames, normalizedNames, putSearchItems, searchForms } from '../store/nameItems.js';
import { OfficialRepository } from '../store/officialRepository.js';
import type { EntityRecord, OfficialRecord, SourceRecord, StatementRecord, TableNames, TransactItem } from '../store/index.js';
import { aboutEdgeItems, statementItem, statementTimeKey } from '../store/statementItems.js';
import type { Corpus } from './corpus.js';

type Item = Record<string, unknown>;

/** The repositories' protected item builders, opened up for bulk loading. */
class EntityItems extends EntityRepository {
  items(record: EntityRecord): Item[] {
    return [this.recordItem(record), ...this.companionItems(record)];
  }
}
class OfficialItems extends OfficialRepository {
  items(record: OfficialRecord): Item[] {
    return [this.recordItem(record), ...this.companionItems(record)];
  }
}

const putItems = (items: TransactItem[]) => items.flatMap((item) => (item.Put?.Item ? [item.Put.Item as Item] : []));

/** Record, companion, name and search items of named records, names claimed first come first served. */
function namedItems<T extends { id: string; name: string; aliases: string[] }>(table: string, records: readonly T[], recordItems: (r: T) => Item[]): Item[] {
  const held = new Set<string>();
  const items: Item[] = [];
  for (const record of records) {
    const free = normalizedNames(record.name, record.aliases).filter((name) => !held.has(name));
    for (const name of free) held.add(name);
    items.push(...recordItems(record), ...putItems(claimNames(table, record.id, free, record.name)), ...putItems(putSearchItems(table, record.id, searchForms(record.name, record.aliases))));
  }
  return items;
}

/** The source item as `StatementRepository.writeArticle` writes it. */
export function sourceItem(source: SourceRecord): Item {
  const fallbackDate = source.publishedAt ?? source.ingestedAt;
  return { ...source, ...sourceKey(source.id), itemType: 'SOURCE', feedKey: FEED_SOURCES, timeKey: `${fallbackDate}#${source.id}` };
}

/** An article's items as `StatementRepository.writeArticle` writes them. */
export function articleItems(source: SourceRecord, statements: readonly StatementRecord[]): Item[] {
  const fallbackDate = source.publishedAt ?? source.ingestedAt;
  const items: Item[] = [];
  for (const statement of statements) {
    const timeKey = statementTimeKey(statement, fallbackDate);
    items.push(statementItem(statement, timeKey), ...aboutEdgeItems(statement, timeKey));
  }
  items.push(sourceItem(source));
  return items;
}

export function* corpusItems(corpus: Corpus, tables: TableNames): Generator<{ table: string; item: Item }> {
  // The repositories only build items here; the client is never used.
  const unused = undefined as unknown as DynamoDBDocumentClient;
  const entityItems = new EntityItems(unused, tables.entities);
  const officialItems = new OfficialItems(unused, tables.officials);
  for (const item of namedItems(tables.entities, corpus.entities, (r) => entityItems.items(r))) yield { table: tables.entities, item };
  for (const item of namedItems(tables.officials, corpus.officials, (r) => officialItems.items(r))) yield { table: tables.officials, item };
  for (const [i, source] of corpus.sources.entries()) {
    for (const item of articleItems(source, corpus.statementsBySource[i])) yield { table: tables.statements, item };
  }
}

export interface WriteStats {
  items: number;
  calls: number;
  retries: number;
  seconds: number;
}

/** A document client for bulk loading: generous timeouts, since a loaded DynamoDB Local answers slowly. */
export function bulkClient(endpoint: string): { doc: DynamoDBDocumentClient; destroy(): void } {
  const raw = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 10,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
  });
  return { doc: DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } }), destroy: () => raw.destroy() };
}

export async function writeCorpus(
  endpoint: string,
  corpus: Corpus,
  tables: TableNames,
  { concurrency = 12, onProgress }: { concurrency?: number; onProgress?: (items: number) => void } = {},
): Promise<WriteStats> {
  const started = performance.now();
  const { doc, destroy } = bulkClient(endpoint);
  const stats: WriteStats = { items: 0, calls: 0, retries: 0, seconds: 0 };
  const source = corpusItems(corpus, tables);
  // Batches of 25 items of one table, drawn lazily from the generator by the workers.
  let pending: { table: string; item: Item } | undefined;
  let done = false;
  const nextBatch = (): { table: string; items: Item[] } | undefined => {
    if (done && !pending) return undefined;
    const first = pending ?? source.next().value;
    pending = undefined;
    if (!first) {
      done = true;
      return undefined;
    }
    const batch = { table: first.table, items: [first.item] };
    while (batch.items.length < 25) {
      const next = source.next();
      if (next.done) {
        done = true;
        break;
      }
      if (next.value.table !== batch.table) {
        pending = next.value;
        break;
      }
      batch.items.push(next.value.item);
    }
    return batch;
  };
  const worker = async () => {
    for (let batch = nextBatch(); batch; batch = nextBatch()) {
      let requests: Record<string, { PutRequest: { Item: Item } }[]> = { [batch.table]: batch.items.map((Item) => ({ PutRequest: { Item } })) };
      for (let attempt = 0; Object.keys(requests).length; attempt++) {
        if (attempt > 0) {
          stats.retries++;
          await new Promise((r) => setTimeout(r, Math.min(1_000, 20 * 2 ** attempt)));
        }
        stats.calls++;
        const output = await doc.send(new BatchWriteCommand({ RequestItems: requests }));
        requests = (output.UnprocessedItems ?? {}) as typeof requests;
      }
      stats.items += batch.items.length;
      onProgress?.(stats.items);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    destroy();
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

/** How many items a corpus becomes (for progress). */
export function countCorpusItems(corpus: Corpus, tables: TableNames): number {
  let n = 0;
  for (const _ of corpusItems(corpus, tables)) n++;
  return n;
}
