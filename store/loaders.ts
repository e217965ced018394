/**
 * Per-request DataLoaders: every record read by id in one tick of a request, whatever its table,
 * becomes one BatchGetItem (100 keys a call), and a record read twice in a request is read once.
 * Made anew per request, so nothing is cached across requests.
 *
 * A request's first BatchGetItem goes at once. Later ones first let the request's Queries in
 * flight (reported with `queryStarted`) answer: `official(id:) { roles statements }` wants the role entities
 * after the official's record, and the statements' speakers and sources after the statements
 * Query; waiting for that Query turns two BatchGetItems into one, as a hand-written resolver
 * would. The Queries depend on no loader, so the wait always ends.
 */
import DataLoader from 'dataloader';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type KeyInTable, batchGetItems } from './batchGet.js';
import { type ItemKey, entityKey, officialKey, sourceKey, splitStatementId, statementKey, withoutKeys } from './keys.js';
import type { EntityRecord, OfficialRecord, SourceRecord, StatementRecord } from './records.js';
import type { TableNames } from './tables.js';

export interface Loaders {
  entity: DataLoader<string, EntityRecord | undefined>;
  official: DataLoader<string, OfficialRecord | undefined>;
  source: DataLoader<string, SourceRecord | undefined>;
  statement: DataLoader<string, StatementRecord | undefined>;
  /** A Query of this request has started; BatchGetItems after the first wait until it answers. */
  queryStarted(query: Promise<unknown>): void;
}

export function createLoaders(store: { doc: DynamoDBDocumentClient; tableNames: TableNames }): Loaders {
  const queriesInFlight = new Set<Promise<unknown>>();
  let batches = 0;
  const dispatchWhenQueriesAnswer = (dispatch: () => void, waited = false): void => {
    if (queriesInFlight.size) void Promise.allSettled(queriesInFlight).then(() => dispatchWhenQueriesAnswer(dispatch, true));
    // After a wait, setImmediate lets the records that the Queries' answers ask for join this batch.
    else if (waited) setImmediate(dispatch);
    else dispatch();
  };
  // One loader over all tables, so entities, officials and sources wanted together are one call.
  const items = new DataLoader<KeyInTable, Record<string, unknown> | undefined, string>(
    (keys) => batchGetItems(store.doc, keys),
    {
      maxBatchSize: 100,
      cacheKeyFn: ({ table, key }) => `${table}\u0000${key.pk}\u0000${key.sk}`,
      // DataLoader's own timing (after the promise jobs of this tick), then the wait above.
      batchScheduleFn: (dispatch) =>
        void Promise.resolve().then(() => process.nextTick(() => (batches++ === 0 ? dispatch() : dispatchWhenQueriesAnswer(dispatch)))),
    },
  );
  const recordLoader = <T>(table: string, keyOf: (id: string) => ItemKey | undefined) =>
    new DataLoader<string, T | undefined>(async (ids) => {
      const found = await Promise.all(ids.map((id) => {
        const key = keyOf(id);
        return key ? items.load({ table, key }) : undefined;
      }));
      return found.map((item) => (item ? withoutKeys<T>(item) : undefined));
    });
  return {
    queryStarted(query) {
      queriesInFlight.add(query);
      const done = () => queriesInFlight.delete(query);
      query.then(done, done);
    },
    entity: recordLoader<EntityRecord>(store.tableNames.entities, entityKey),
    official: recordLoader<OfficialRecord>(store.tableNames.officials, officialKey),
    source: recordLoader<SourceRecord>(store.tableNames.statements, sourceKey),
    statement: recordLoader<StatementRecord>(store.tableNames.statements, (id) => {
      const parts = splitStatementId(id);
      return parts ? statementKey(parts.sourceId, parts.localId) : undefined;
    }),
  };
}
