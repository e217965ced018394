/**
 * Bulk ingestion: articles dropped in an S3 bucket reach a queue as S3 event notifications, and
 * each SQS message is ingested through the same pipeline as the mutation. A message that fails is
 * reported back (partial batch response) so only it is retried, and lands in the dead-letter
 * queue after the queue's maximum receives; the others in the batch are done.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { articleFromFile } from '../ingest/articleFile.js';
import { ingestArticle } from '../ingest/ingestArticle.js';
import type { Store } from '../store/index.js';

/** Reads an object's text; on AWS, S3 GetObject. */
export type ReadObject = (bucket: string, key: string) => Promise<string>;

interface ObjectRef {
  bucket: string;
  key: string;
}

/** The objects an SQS message announces (S3 sends several per notification, and a test event on setup). */
export function objectsInMessage(record: SQSRecord): ObjectRef[] {
  let body: any;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new Error(`message ${record.messageId} is not an S3 event notification (not JSON)`);
  }
  if (body?.Event === 's3:TestEvent') return [];
  if (!Array.isArray(body?.Records)) throw new Error(`message ${record.messageId} is not an S3 event notification`);
  return body.Records.filter((r: any) => String(r.eventName ?? '').startsWith('ObjectCreated')).map((r: any) => ({
    bucket: String(r.s3.bucket.name),
    // S3 URL-encodes keys in notifications, with + for spaces.
    key: decodeURIComponent(String(r.s3.object.key).replace(/\+/g, ' ')),
  }));
}

export interface ArticleQueueLog {
  info: (message: string, extra?: Record<string, unknown>) => void;
  error: (message: string, extra?: Record<string, unknown>) => void;
}

export function createArticleQueueHandler(options: { store: Store; readObject: ReadObject; log: ArticleQueueLog }) {
  const processor = new BatchProcessor(EventType.SQS);
  const ingestRecord = async (record: SQSRecord) => {
    for (const { bucket, key } of objectsInMessage(record)) {
      try {
        const article = articleFromFile(await options.readObject(bucket, key), key);
        const stored = await ingestArticle(options.store, article);
        options.log.info(stored.created ? 'ingested' : 'already stored', { bucket, key, sourceId: stored.source.id, statements: stored.source.statementCount });
      } catch (error) {
        options.log.error('article not ingested', { bucket, key, messageId: record.messageId, error: (error as Error).message });
        throw error;
      }
    }
  };
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => processPartialResponse(event, ingestRecord, processor, { context });
}
