/**
 * The DynamoDB client: bounded timeouts and retries so a stalled or absent DynamoDB gives an
 * error within seconds instead of a hung request, and the SDK's standard retry (backoff) for throttling.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CommandLog, attachCommandLog } from './commandLog.js';

export interface DynamoClientOptions {
  /** A DynamoDB endpoint such as DynamoDB Local's; unset on AWS. */
  endpoint?: string;
  region?: string;
  /** Attempts per call, the first included (throttling and 5xx are retried with backoff). */
  maxAttempts?: number;
  /** Milliseconds before one attempt is abandoned. */
  requestTimeoutMs?: number;
}

export interface DynamoClients {
  raw: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  log: CommandLog;
}

export function createDynamoClients(options: DynamoClientOptions = {}): DynamoClients {
  const local = Boolean(options.endpoint);
  const raw = new DynamoDBClient({
    endpoint: options.endpoint,
    region: options.region ?? process.env.AWS_REGION ?? (local ? 'local' : 'us-east-1'),
    // DynamoDB Local accepts any credentials; real ones come from the Lambda role.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: options.maxAttempts ?? 4,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: 1_000,
      requestTimeout: options.requestTimeoutMs ?? 2_500,
      // Without it the SDK only warns when the timeout passes and a stalled DynamoDB hangs the request.
      throwOnRequestTimeout: true,
    },
  });
  const log = new CommandLog();
  attachCommandLog(raw, log);
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
  return { raw, doc, log };
}
