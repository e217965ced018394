/**
 * Errors a client caused say what to fix and carry a code; anything else is masked by the
 * server and logged with the request id.
 */
import { GraphQLError } from 'graphql';
import { InvalidArticleError } from '../ingest/articleInput.js';
import { isStoreError } from '../store/index.js';

export type ClientErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'CONFLICT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE';

export function clientError(message: string, code: ClientErrorCode = 'BAD_USER_INPUT', extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

const storeCodes = {
  BAD_CURSOR: 'BAD_USER_INPUT',
  INVALID: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  NOT_FOUND: 'NOT_FOUND',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

/** The client error for a store error, or undefined for errors that must stay masked. */
export function clientErrorFor(error: unknown): GraphQLError | undefined {
  if (isStoreError(error)) return clientError(error.message, storeCodes[error.code]);
  if (error instanceof InvalidArticleError) return clientError(error.message, 'BAD_USER_INPUT', { problems: error.problems });
  return undefined;
}
