/** The bulk-ingest Lambda function: S3 → SQS → this, sharing the pipeline of ingestArticle. */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { createStore } from '../store/index.js';
import { createArticleQueueHandler } from './articleQueue.js';
import { deployedTableNames } from './environment.js';
import { instrumented, logger, metrics } from './observability.js';

const MAX_OBJECT_BYTES = 2_000_000;

const s3 = new S3Client({});

const articleQueue = createArticleQueueHandler({
  store: createStore({ tableNames: deployedTableNames() }),
  readObject: async (bucket, key) => {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if ((object.ContentLength ?? 0) > MAX_OBJECT_BYTES) throw new Error(`s3://${bucket}/${key} is larger than ${MAX_OBJECT_BYTES} bytes`);
    return object.Body!.transformToString('utf-8');
  },
  log: { info: (message, extra) => logger.info(message, extra ?? {}), error: (message, extra) => logger.error(message, extra ?? {}) },
});

/** Every batch records its messages and failures (also keeping Powertools from warning, in plain text, of empty metrics). */
export const handler = instrumented(async (event: SQSEvent, context) => {
  const response = await articleQueue(event, context);
  metrics.addMetric('ArticleMessages', MetricUnit.Count, event.Records.length);
  metrics.addMetric('ArticleMessagesFailed', MetricUnit.Count, response.batchItemFailures.length);
  return response;
});
