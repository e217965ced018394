/** Typed store errors: callers switch on `code`, never on message text. */
export type StoreErrorCode =
  | 'NOT_FOUND' // the record to change does not exist
  | 'CONFLICT' // optimistic locking: the record changed since the caller read it
  | 'BAD_CURSOR' // a cursor that this list did not issue
  | 'INVALID' // a request the store cannot carry out as asked
  | 'UNAVAILABLE'; // DynamoDB did not answer in time, after retries

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export const isStoreError = (error: unknown): error is StoreError => error instanceof StoreError;
