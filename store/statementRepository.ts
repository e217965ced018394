/** Statements and the articles (sources) they come from, which share one partition per article. */
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batchGet.js';
import { StoreError } from './errors.js';
import {
  FEED_SOURCES, FEED_STATEMENTS, aboutKey, kindKey, sourceKey, sourcePartition, speakerKey, splitStatementId, statementKey, statusKey, withoutKeys,
} from './keys.js';
import { type Page, type PageArgs, type PageQuery, queryPage, toPage } from './queryPage.js';
import type { ReviewStatus, SourceRecord, SpeakerRef, StatementKind, StatementRecord } from './records.js';
import { send } from './send.js';
import { aboutEdgeItems, statementItem, statementTimeKey } from './statementItems.js';
import { statementsTable } from './tables.js';
import { MAX_TRANSACTION_ITEMS, type TransactItem, transactWrite } from './transactWrite.js';

const index = Object.fromEntries(statementsTable.globalSecondaryIndexes.map((i) => [i.indexName, i]));

export interface StatementFilter {
  speaker?: SpeakerRef;
  aboutId?: string;
  kind?: StatementKind;
  status?: ReviewStatus;
}

const sourceStatementsScope = (sourceId: string) => `source-statements:${sourceId}`;

export class StatementRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    readonly table: string,
  ) {}

  async getMany(ids: readonly string[]): Promise<(StatementRecord | undefined)[]> {
    const keys = ids.map(splitStatementId);
    const valid = keys.flatMap((key) => (key ? [{ table: this.table, key: statementKey(key.sourceId, key.localId) }] : []));
    const items = await batchGetItems(this.doc, valid);
    let next = 0;
    return keys.map((key) => {
      if (!key) return undefined;
      const item = items[next++];
      return item ? withoutKeys<StatementRecord>(item) : undefined;
    });
  }

  async getSources(ids: readonly string[]): Promise<(SourceRecord | undefined)[]> {
    const items = await batchGetItems(this.doc, ids.map((id) => ({ table: this.table, key: sourceKey(id) })));
    return items.map((item) => (item ? withoutKeys<SourceRecord>(item) : undefined));
  }

  /** An article's statements in the order they appear in it. */
  async listBySource(sourceId: string, page: PageArgs): Promise<Page<StatementRecord>> {
    return this.page({
      ...page,
      table: this.table,
      keyNames: ['pk', 'sk'],
      keyCondition: 'pk = :pk AND begins_with(sk, :statement)',
      values: { ':pk': sourcePartition(sourceId), ':statement': 'STATEMENT#' },
      scope: sourceStatementsScope(sourceId),
    });
  }

  /**
   * An article and the first page of its statements in one Query: in its partition the source
   * item sorts right before the statements ("ABOUT#…" < "SOURCE" < "STATEMENT#…"). The page and
   * its cursors are the same as listBySource's.
   */
  async getSourceWithStatements(sourceId: string, first: number): Promise<{ source?: SourceRecord; statements: Page<StatementRecord> }> {
    const output = await send<QueryCommandOutput>(this.doc, new QueryCommand({
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :source AND :lastStatement',
      ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':source': 'SOURCE', ':lastStatement': 'STATEMENT#\uffff' },
      Limit: first + 2,
    }));
    const items = output.Items ?? [];
    const sourceItem = items[0]?.sk === 'SOURCE' ? items[0] : undefined;
    const page = toPage(items.filter((item) => item !== sourceItem), { first, scope: sourceStatementsScope(sourceId), keyNames: ['pk', 'sk'] });
    return {
      source: sourceItem ? withoutKeys<SourceRecord>(sourceItem) : undefined,
      statements: { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: withoutKeys<StatementRecord>(item) })) },
    };
  }

  /** Articles, newest first. */
  async listSources(page: PageArgs): Promise<Page<SourceRecord>> {
    return this.page<SourceRecord>(this.newestFirst(page, 'byFeed', FEED_SOURCES, 'sources'));
  }

  /**
   * Statements newest first. The most selective index serves the list (speaker, then entity,
   * then status, then kind); the other criteria filter it.
   */
  async list(filter: StatementFilter, page: PageArgs): Promise<Page<StatementRecord>> {
    const { speaker, aboutId, kind, status } = filter;
    const [indexName, partition, used] = speaker
      ? (['bySpeaker', speakerKey(speaker), 'speaker'] as const)
      : aboutId
        ? (['byAbout', aboutKey(aboutId), 'about'] as const)
        : status
          ? (['byStatus', statusKey(status), 'status'] as const)
          : kind
            ? (['byKind', kindKey(kind), 'kind'] as const)
            : (['byFeed', FEED_STATEMENTS, 'feed'] as const);
    const conditions: string[] = [];
    const values: Record<string, unknown> = {};
    const names: Record<string, string> = {};
    if (aboutId && used !== 'about') {
      conditions.push('contains(aboutIds, :aboutId)');
      values[':aboutId'] = aboutId;
    }
    if (status && used !== 'status') {
      conditions.push('#status = :status');
      values[':status'] = status;
      names['#status'] = 'status';
    }
    if (kind && used !== 'kind') {
      conditions.push('#kind = :kind');
      values[':kind'] = kind;
      names['#kind'] = 'kind';
    }
    const query = this.newestFirst(page, indexName, partition, `statements:${JSON.stringify(filter)}`);
    return this.page<StatementRecord>({
      ...query,
      values: { ...query.values, ...values },
      // DynamoDB refuses an empty ExpressionAttributeNames (speaker + about alone filters on aboutIds only).
      ...(conditions.length ? { filter: conditions.join(' AND '), ...(Object.keys(names).length ? { names } : {}) } : {}),
    });
  }

  /**
   * Writes an article and its statements once. The source item goes last (in the last
   * transaction when more than one is needed), so the article becomes visible only complete; an
   * article already stored with the same text is left as it is.
   */
  async writeArticle(source: SourceRecord, statements: readonly StatementRecord[]): Promise<{ source: SourceRecord; created: boolean }> {
    const [existing] = await this.getSources([source.id]);
    if (existing) return { source: existing, created: false };
    const fallbackDate = source.publishedAt ?? source.ingestedAt;
    const items: TransactItem[] = [];
    for (const statement of statements) {
      const timeKey = statementTimeKey(statement, fallbackDate);
      for (const Item of [statementItem(statement, timeKey), ...aboutEdgeItems(statement, timeKey)]) {
        items.push({ Put: { TableName: this.table, Item } });
      }
    }
    items.push({
      Put: {
        TableName: this.table,
        Item: { ...source, ...sourceKey(source.id), itemType: 'SOURCE', feedKey: FEED_SOURCES, timeKey: `${fallbackDate}#${source.id}` },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
    try {
      await transactWrite(this.doc, items);
    } catch (error) {
      if (error instanceof StoreError && error.code === 'CONFLICT') {
        // A concurrent ingestion of the same article won: its result is ours.
        const [winner] = await this.getSources([source.id]);
        if (winner) return { source: winner, created: false };
      }
      if (items.length > MAX_TRANSACTION_ITEMS) await this.removePartialArticle(source.id);
      throw error;
    }
    return { source, created: true };
  }

  /** Sets a statement's review status at `expectedVersion` (the current one when omitted). */
  async setStatus(id: string, status: ReviewStatus, expectedVersion?: number, now = new Date().toISOString()): Promise<StatementRecord> {
    const [current] = await this.getMany([id]);
    if (!current) throw new StoreError('NOT_FOUND', `No statement has the id "${id}".`);
    const version = expectedVersion ?? current.version;
    if (current.version !== version) {
      throw new StoreError('CONFLICT', `The statement is at version ${current.version}, not ${version}; read it again and retry.`);
    }
    return this.replace(current, { ...current, status, updatedAt: now, version: version + 1 });
  }

  /** Replaces a statement and its edges at its current version, in one transaction. */
  async replace(current: StatementRecord, next: StatementRecord): Promise<StatementRecord> {
    return (await this.replaceItems([[current, next]], []))[0];
  }

  /**
   * The transaction items that replace statements with new versions of themselves (conditional on
   * the old version), plus `extra` items, all in one transaction: used by reviews and merges.
   */
  async replaceItems(pairs: readonly (readonly [StatementRecord, StatementRecord])[], extra: readonly TransactItem[]): Promise<StatementRecord[]> {
    const items = await this.replacementItems(pairs);
    if (items.length + extra.length > MAX_TRANSACTION_ITEMS) {
      throw new StoreError('INVALID', `This change touches ${items.length + extra.length} items, more than one transaction holds (${MAX_TRANSACTION_ITEMS}); split it.`);
    }
    await transactWrite(this.doc, [...items, ...extra], 'A statement was changed by someone else; read it again and retry.');
    return pairs.map(([, next]) => next);
  }

  /** The items that replace each statement with its next version, conditional on the version read. */
  async replacementItems(pairs: readonly (readonly [StatementRecord, StatementRecord])[]): Promise<TransactItem[]> {
    const items: TransactItem[] = [];
    const sources = await this.getSources(pairs.map(([current]) => current.sourceId));
    for (const [i, [current, next]] of pairs.entries()) {
      const source = sources[i];
      const timeKey = statementTimeKey(next, source?.publishedAt ?? source?.ingestedAt ?? next.createdAt);
      items.push({
        Put: {
          TableName: this.table,
          Item: statementItem(next, timeKey),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': current.version },
        },
      });
      for (const entityId of current.aboutIds.filter((id) => !next.aboutIds.includes(id))) {
        const { sourceId, localId } = splitStatementId(current.id)!;
        items.push({ Delete: { TableName: this.table, Key: { pk: sourcePartition(sourceId), sk: `ABOUT#${localId}#${entityId}` } } });
      }
      for (const Item of aboutEdgeItems(next, timeKey)) items.push({ Put: { TableName: this.table, Item } });
    }
    return items;
  }

  /** Every statement a filter selects (for merges, which must move them all). */
  async listAll(filter: StatementFilter): Promise<StatementRecord[]> {
    const all: StatementRecord[] = [];
    for (let after: string | undefined, page; (page = await this.list(filter, { first: 100, after })); ) {
      all.push(...page.items.map(({ item }) => item));
      if (!page.hasNextPage) return all;
      after = page.items.at(-1)!.cursor;
    }
    return all;
  }

  private newestFirst(page: PageArgs, indexName: string, partition: string, scope: string): PageQuery {
    const definition = index[indexName];
    return {
      ...page,
      table: this.table,
      index: indexName,
      keyNames: ['pk', 'sk', definition.partitionKey.name, definition.sortKey.name],
      keyCondition: `${definition.partitionKey.name} = :partition`,
      values: { ':partition': partition },
      newestFirst: true,
      scope,
    };
  }

  private async page<T>(query: PageQuery): Promise<Page<T>> {
    const result = await queryPage(this.doc, query);
    return { ...result, items: result.items.map(({ cursor, item }) => ({ cursor, item: withoutKeys<T>(item) })) };
  }

  /** Best effort after a failed multi-transaction write: delete what the earlier chunks wrote. */
  private async removePartialArticle(sourceId: string): Promise<void> {
    const output = await send<QueryCommandOutput>(this.doc, new QueryCommand({
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': sourcePartition(sourceId) },
      ProjectionExpression: 'pk, sk',
    }));
    const deletes = (output.Items ?? []).map((key): TransactItem => ({ Delete: { TableName: this.table, Key: key } }));
    await transactWrite(this.doc, deletes).catch(() => undefined);
  }
}
