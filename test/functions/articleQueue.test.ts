/** The bulk-ingest handler with S3 event notifications in SQS messages, over DynamoDB Local. */
import { readFileSync } from 'node:fs';
import type { Context, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleQueueHandler } from '../../functions/articleQueue.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

const shared = (name: string) => readFileSync(new URL(`../../../shared/fixtures/articles/${name}`, import.meta.url), 'utf8');

// Objects in the "bucket": what S3 GetObject would return.
const objects: Record<string, string> = {
  'incoming/rafale deal.json': shared('bbc-india-france-rafale-deal.json'),
  'incoming/congo.json': shared('ap-congo-election-fayulu-denounces-results.json'),
  'incoming/empty.txt': '  ',
};

const message = (id: string, ...keys: string[]) => ({
  messageId: id,
  receiptHandle: id,
  body: JSON.stringify({
    Records: keys.map((key) => ({ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'articles' }, object: { key: encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/') } } })),
  }),
  attributes: {} as never,
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:articles',
  awsRegion: 'us-east-1',
});

let t: TestStore;
const logged: string[] = [];
let handler: ReturnType<typeof createArticleQueueHandler>;

beforeAll(async () => {
  t = await createTestStore();
  handler = createArticleQueueHandler({
    store: t.store,
    readObject: async (bucket, key) => {
      if (bucket !== 'articles' || !(key in objects)) throw Object.assign(new Error(`NoSuchKey: ${key}`), { name: 'NoSuchKey' });
      return objects[key];
    },
    log: { info: (m) => logged.push(m), error: (m, extra) => logged.push(`${m}: ${JSON.stringify(extra)}`) },
  });
});
afterAll(() => t?.store.destroy());

const context = { awsRequestId: 'test', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

describe('bulk ingestion from S3 through SQS', () => {
  it('ingests good articles and reports only the failed messages for retry', async () => {
    const event = { Records: [
      message('m1', 'incoming/rafale deal.json'),
      message('m2', 'incoming/empty.txt'),
      message('m3', 'incoming/missing.json'),
      message('m4', 'incoming/congo.json'),
      { ...message('m5'), body: JSON.stringify({ Event: 's3:TestEvent' }) },
    ] } as SQSEvent;
    const result = await handler(event, context);
    expect(result.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['m2', 'm3']);
    const sources = await t.store.statements.listSources({ first: 10 });
    expect(sources.items.map(({ item }) => item.publisher).sort()).toEqual(['BBC News', 'The Associated Press']);
    expect(logged.some((line) => line.includes('text must not be empty'))).toBe(true);
  });

  it('changes nothing when the same objects arrive again (SQS delivers at least once)', async () => {
    const before = await t.store.statements.list({}, { first: 100 });
    const result = await handler({ Records: [message('m6', 'incoming/rafale deal.json', 'incoming/congo.json')] } as SQSEvent, context);
    expect(result.batchItemFailures).toEqual([]);
    const after = await t.store.statements.list({}, { first: 100 });
    expect(after.items.map(({ item }) => item.id)).toEqual(before.items.map(({ item }) => item.id));
  });
});
