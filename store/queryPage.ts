/**
 * One page of a Query, for Relay connections. Asks for one item more than the page to learn
 * `hasNextPage` without a second call; with a filter, keeps reading until the page is full.
 * Each item's cursor holds its own key, so the next page starts right after it.
 */
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor, type Key } from './cursor.js';
import { send } from './send.js';

export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface PageQuery extends PageArgs {
  table: string;
  index?: string;
  /** Key attributes of items in this table/index, which a cursor must carry. */
  keyNames: readonly string[];
  keyCondition: string;
  values: Record<string, unknown>;
  names?: Record<string, string>;
  filter?: string;
  newestFirst?: boolean;
  /** What distinguishes this list from others (index and arguments), to bind its cursors. */
  scope: string;
}

export interface Page<T> {
  items: { cursor: string; item: T }[];
  hasNextPage: boolean;
}

export async function queryPage(doc: DynamoDBDocumentClient, query: PageQuery): Promise<Page<Record<string, unknown>>> {
  let startKey: Key | undefined = query.after ? decodeCursor(query.scope, query.after, query.keyNames) : undefined;
  const wanted = query.first + 1;
  const found: Record<string, unknown>[] = [];
  do {
    const output: QueryCommandOutput = await send(doc, new QueryCommand({
      TableName: query.table,
      IndexName: query.index,
      KeyConditionExpression: query.keyCondition,
      FilterExpression: query.filter,
      ExpressionAttributeValues: query.values,
      ExpressionAttributeNames: query.names,
      ScanIndexForward: !query.newestFirst,
      ExclusiveStartKey: startKey,
      // Without a filter every item read counts; with one, read more per call to fill the page.
      Limit: query.filter ? Math.max(wanted * 4, 50) : wanted,
    }));
    found.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey as Key | undefined;
  } while (startKey && found.length < wanted);

  return toPage(found, query);
}

/** A page of `first` items out of those read (one more than `first` tells there is a next page). */
export function toPage(found: Record<string, unknown>[], query: Pick<PageQuery, 'first' | 'scope' | 'keyNames'>): Page<Record<string, unknown>> {
  return {
    hasNextPage: found.length > query.first,
    items: found.slice(0, query.first).map((item) => ({ item, cursor: encodeCursor(query.scope, keyOf(item, query.keyNames)) })),
  };
}

function keyOf(item: Record<string, unknown>, keyNames: readonly string[]): Key {
  const key: Key = {};
  for (const name of keyNames) key[name] = String(item[name]);
  return key;
}
