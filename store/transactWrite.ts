/**
 * TransactWriteItems for writes that belong together. Up to 100 items are one atomic call; a
 * longer list is split in order, so callers put the item that makes the rest visible last.
 * Transaction conflicts with a concurrent writer are retried; a failed condition is CONFLICT.
 */
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreError } from './errors.js';
import { backoffMs, send, sleep } from './send.js';

export type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

export const MAX_TRANSACTION_ITEMS = 100;
const MAX_ATTEMPTS = 5;

interface CancellationReason {
  Code?: string;
}

/** Why DynamoDB cancelled a transaction, one code per item ("None" where the item was fine). */
export function cancellationCodes(error: unknown): string[] | undefined {
  const e = error as { name?: string; CancellationReasons?: CancellationReason[] };
  if (e?.name !== 'TransactionCanceledException') return undefined;
  return (e.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}

export async function transactWrite(
  doc: DynamoDBDocumentClient,
  items: readonly TransactItem[],
  conflictMessage = 'The record was changed by someone else; read it again and retry with its new version.',
): Promise<void> {
  for (let offset = 0; offset < items.length; offset += MAX_TRANSACTION_ITEMS) {
    const chunk = items.slice(offset, offset + MAX_TRANSACTION_ITEMS);
    for (let attempt = 0; ; attempt++) {
      try {
        await send(doc, new TransactWriteCommand({ TransactItems: [...chunk] }));
        break;
      } catch (error) {
        const codes = cancellationCodes(error);
        if (codes?.includes('ConditionalCheckFailed')) throw new StoreError('CONFLICT', conflictMessage, { cause: error });
        const transient = codes?.some((code) => code === 'TransactionConflict' || code === 'ThrottlingError' || code === 'ProvisionedThroughputExceeded')
          || (error as { name?: string }).name === 'TransactionInProgressException';
        if (!transient || attempt + 1 >= MAX_ATTEMPTS) {
          if (transient) throw new StoreError('UNAVAILABLE', 'The database is busy with concurrent writes; try again shortly.', { cause: error });
          throw error;
        }
        await sleep(backoffMs(attempt + 1));
      }
    }
  }
}
