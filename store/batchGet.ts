/**
 * BatchGetItem over any number of keys in any tables: 100 keys a call, and UnprocessedKeys
 * (which DynamoDB returns under load) retried with backoff until every key is answered.
 */
import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreError } from './errors.js';
import type { ItemKey } from './keys.js';
import { backoffMs, send, sleep } from './send.js';

export interface KeyInTable {
  table: string;
  key: ItemKey;
}

const MAX_KEYS_PER_CALL = 100;
const MAX_ATTEMPTS = 8;

const identity = (table: string, key: Record<string, unknown>) => `${table}\u0000${key.pk}\u0000${key.sk}`;

/** The items for `requests`, in the same order; undefined where no item exists. */
export async function batchGetItems(
  doc: DynamoDBDocumentClient,
  requests: readonly KeyInTable[],
): Promise<(Record<string, unknown> | undefined)[]> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = new Map<string, KeyInTable>();
  for (const request of requests) unique.set(identity(request.table, request.key), request);
  const all = [...unique.values()];

  for (let offset = 0; offset < all.length; offset += MAX_KEYS_PER_CALL) {
    let pending: Record<string, { Keys: Record<string, unknown>[] }> = {};
    for (const { table, key } of all.slice(offset, offset + MAX_KEYS_PER_CALL)) {
      (pending[table] ??= { Keys: [] }).Keys.push({ pk: key.pk, sk: key.sk });
    }
    for (let attempt = 0; Object.keys(pending).length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) {
        throw new StoreError('UNAVAILABLE', 'The database kept deferring reads under load; try again shortly.');
      }
      if (attempt > 0) await sleep(backoffMs(attempt));
      const output = await send<BatchGetCommandOutput>(doc, new BatchGetCommand({ RequestItems: pending }));
      for (const [table, items] of Object.entries(output.Responses ?? {})) {
        for (const item of items) found.set(identity(table, item), item);
      }
      pending = (output.UnprocessedKeys ?? {}) as typeof pending;
    }
  }
  return requests.map(({ table, key }) => found.get(identity(table, key)));
}
