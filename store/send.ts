/**
 * Sends a command and turns DynamoDB's failure modes into typed store errors: a timeout or an
 * unreachable endpoint is UNAVAILABLE (the SDK has already retried with backoff), so callers
 * answer with a clear error instead of hanging or crashing.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreError } from './errors.js';

/** No call, retries included, takes longer than this: a request answers well within 10 s. */
export const CALL_DEADLINE_MS = 8_000;

const unavailableNames = new Set([
  'AbortError', 'TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ProvisionedThroughputExceededException',
  'ThrottlingException', 'RequestLimitExceeded', 'InternalServerError', 'ServiceUnavailable',
]);

export function isUnavailable(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (!e || typeof e !== 'object') return false;
  if (unavailableNames.has(e.name ?? '')) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(e.code ?? '')) return true;
  return (e.$metadata?.httpStatusCode ?? 0) >= 500;
}

// Commands of lib-dynamodb do not type-check against the client's union of commands; any is the SDK's own escape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function send<T>(doc: DynamoDBDocumentClient, command: any): Promise<T> {
  // A controller and a timer cleared on answer: AbortSignal.timeout costs ~10 µs per call here
  // and keeps its timer for the full deadline after the answer.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException('The call passed its deadline', 'TimeoutError')), CALL_DEADLINE_MS);
  try {
    return (await doc.send(command, { abortSignal: deadline.signal })) as T;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (isUnavailable(error)) {
      throw new StoreError('UNAVAILABLE', 'The database did not answer in time; try again shortly.', { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with full jitter: 25 ms, 50 ms, 100 ms… capped at 1 s. */
export const backoffMs = (attempt: number) => Math.random() * Math.min(1_000, 25 * 2 ** attempt);
