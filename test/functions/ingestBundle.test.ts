/**
 * The deployed ingest function works: the bundle a synth produces for it, loaded in a fresh Node
 * process (lambdaHarness) with the environment the template gives the function, its table names
 * resolved to DynamoDB Local tables made from store/'s definitions and S3 pointed at a local
 * stand-in for GetObject, invoked with SQS events carrying S3 notifications as the event source
 * mapping delivers them.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { APIGatewayProxyEventV2, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestStore, createTestStore } from '../support/testStore.js';
import { createTestApp, removeTestApps } from '../infra/synthApp.js';
import { type LambdaProcess, startLambda, environmentFromTemplate } from './lambdaHarness.js';

const BUCKET = 'factservice-dev-ingestionarticles-1a2b3c4d5e6f';
const fixture = (name: string) => readFileSync(new URL(`../../../shared/fixtures/articles/${name}`, import.meta.url), 'utf8');

/** What the bucket holds: object keys as editors uploaded them. */
const objects: Record<string, string> = {
  'incoming/rafale deal.json': fixture('bbc-india-france-rafale-deal.json'),
  'incoming/mexico-steel.txt': JSON.parse(fixture('mnd-mexico-ebrard-steel-tariffs.json')).text,
  'incoming/broken.json': '{"text": "Cut off mid-upl',
  'incoming/huge.txt': 'x'.repeat(2_000_001),
};

/** A stand-in for S3 GetObject (path-style, as the SDK addresses an IP endpoint), recording what was asked. */
interface FakeS3 {
  endpoint: string;
  requests: string[];
  close(): Promise<void>;
}

async function startFakeS3(): Promise<FakeS3> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const path = decodeURIComponent(new URL(request.url!, 'http://s3').pathname);
    const [, bucket, ...rest] = path.split('/');
    const key = rest.join('/');
    const body = bucket === BUCKET && request.method === 'GET' ? objects[key] : undefined;
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'application/xml' });
      response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`);
      return;
    }
    const bytes = Buffer.from(body, 'utf8');
    response.writeHead(200, {
      'content-type': key.endsWith('.json') ? 'application/json' : 'text/plain',
      'content-length': String(bytes.length),
      etag: '"0123456789abcdef"',
      'last-modified': new Date(0).toUTCString(),
    });
    response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** An SQS record carrying an S3 event notification, as S3 writes it and the event source mapping delivers it. */
function notification(key: string, body?: string): SQSRecord {
  const messageId = randomUUID();
  return {
    messageId,
    receiptHandle: `handle-${messageId}`,
    body: body ?? JSON.stringify({
      Records: [{
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:AIDAEXAMPLE' },
        requestParameters: { sourceIPAddress: '192.0.2.1' },
        responseElements: { 'x-amz-request-id': 'EXAMPLE', 'x-amz-id-2': 'EXAMPLE' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'ArticleNotifications',
          bucket: { name: BUCKET, ownerIdentity: { principalId: 'EXAMPLE' }, arn: `arn:aws:s3:::${BUCKET}` },
          // S3 URL-encodes the key, with + for a space.
          object: { key: encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/'), size: objects[key]?.length ?? 0, eTag: '0123456789abcdef', sequencer: '0055AED6DCD90281E5' },
        },
      }],
    }),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(Date.now()),
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:FactService-dev-IngestionQueue',
    awsRegion: 'us-east-1',
  };
}

let store: TestStore;
let s3: FakeS3;
let lambda: LambdaProcess;
let assetDir: string;

/** The harness types its events as API Gateway's; the process passes any event through unchanged. */
async function invoke(records: SQSRecord[]): Promise<SQSBatchResponse> {
  const event: SQSEvent = { Records: records };
  const { result } = await lambda.invoke(event as unknown as APIGatewayProxyEventV2);
  return result as unknown as SQSBatchResponse;
}

beforeAll(async () => {
  // A real synth with bundling and cdk-nag; CloudFormation validation (15 s) is the GraphQL bundle test's.
  const { app, stack } = createTestApp({ bundle: true });
  app.synth();
  const template = Template.fromStack(stack);
  const logicalId = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as CfnResource);
  const fn = template.toJSON().Resources[logicalId(stack.ingestion.ingest.function)];
  assetDir = join(app.outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`);

  store = await createTestStore();
  s3 = await startFakeS3();

  // The function's environment exactly as the template declares it; an unknown reference fails the test.
  const standIns: Record<string, string> = Object.fromEntries(
    Object.entries(stack.tables.byId).map(([id, { table }]) => [logicalId(table), store.tableNames[id as keyof typeof store.tableNames]]),
  );
  const functionEnvironment = environmentFromTemplate(fn.Properties.Environment.Variables, standIns);

  lambda = await startLambda(assetDir, {
    ...functionEnvironment,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    DYNAMODB_ENDPOINT: store.endpoint,
    // The SDK's service-specific endpoint setting: every S3 call of the function goes to the stand-in.
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  }, { functionName: 'ingest' });
}, 240_000);

afterAll(async () => {
  lambda?.stop();
  await s3?.close();
  store?.store.destroy();
  removeTestApps();
});

describe('the ingest bundle synth produces', () => {
  it('is one self-contained CommonJS file with a source map, and carries no GraphQL server', () => {
    const bundle = join(assetDir, 'index.js');
    expect(statSync(join(assetDir, 'index.js.map')).size).toBeGreaterThan(0);
    const source = readFileSync(bundle, 'utf8');
    expect(source).not.toContain('graphql-yoga');
    const size = statSync(bundle).size;
    console.info(`Ingest bundle: ${(size / 1024).toFixed(0)} KiB; cold start: load ${lambda.loadMs.toFixed(0)} ms`);
    expect(size).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('SQS events carrying S3 notifications', () => {
  it('ingests the good articles and reports exactly the failed messages', async () => {
    const rafale = notification('incoming/rafale deal.json');
    const mexico = notification('incoming/mexico-steel.txt');
    const broken = notification('incoming/broken.json');
    const missing = notification('incoming/deleted-meanwhile.json');
    const huge = notification('incoming/huge.txt');
    const setupTest = notification('', JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: BUCKET }));
    const notS3 = notification('', 'hello');

    const response = await invoke([rafale, mexico, broken, missing, huge, setupTest, notS3]);

    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(
      [broken, missing, huge, notS3].map((r) => r.messageId).sort(),
    );
    // The SDK addressed the stand-in path-style, with the key decoded from the notification and encoded again.
    expect(s3.requests).toEqual(expect.arrayContaining([
      `GET /${BUCKET}/incoming/rafale%20deal.json?x-id=GetObject`,
      `GET /${BUCKET}/incoming/mexico-steel.txt?x-id=GetObject`,
    ]));

    const sources = (await store.store.statements.listSources({ first: 10 })).items.map(({ item }) => item);
    expect(sources).toHaveLength(2);
    const bbc = sources.find((s) => s.publisher === 'BBC News');
    expect(bbc).toBeDefined();
    const statements = await store.store.statements.listBySource(bbc!.id, { first: 100 });
    expect(statements.items.length).toBeGreaterThan(0);
    expect(sources.find((s) => s !== bbc)!.publisher).toBeUndefined(); // plain text: the body only
  });

  it('changes nothing when SQS delivers the same notification again', async () => {
    const before = await store.store.statements.list({}, { first: 100 });
    const response = await invoke([notification('incoming/rafale deal.json'), notification('incoming/mexico-steel.txt')]);
    expect(response.batchItemFailures).toEqual([]);
    const after = await store.store.statements.list({}, { first: 100 });
    expect(after.items.map(({ item }) => item.id)).toEqual(before.items.map(({ item }) => item.id));
  });

  it('logs one JSON line per article with its key, and why one failed', async () => {
    const lines = lambda.output().split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
    const ingested = lines.filter((l) => l.message === 'ingested');
    expect(ingested.map((l) => l.key).sort()).toEqual(['incoming/mexico-steel.txt', 'incoming/rafale deal.json']);
    expect(ingested[0]).toMatchObject({ level: 'INFO', service: 'fact-service', bucket: BUCKET, function_request_id: expect.any(String) });
    const failed = lines.filter((l) => l.message === 'article not ingested');
    expect(Object.fromEntries(failed.map((l) => [l.key, l.error]))).toEqual({
      'incoming/broken.json': expect.stringContaining('not valid JSON'),
      'incoming/deleted-meanwhile.json': expect.stringMatching(/does not exist|NoSuchKey/),
      'incoming/huge.txt': expect.stringContaining('larger than 2000000 bytes'),
    });
    expect(lines.filter((l) => l.message === 'already stored')).toHaveLength(2);

    // Everything the function writes is JSON (logs and EMF metrics): per batch, its messages and failures.
    const metrics = lines.filter((l) => l._aws?.CloudWatchMetrics).filter((m) => 'ArticleMessages' in m);
    expect(metrics.map((m) => [m.ArticleMessages, m.ArticleMessagesFailed])).toEqual([[7, 4], [2, 0]]);
    expect(metrics[0]._aws.CloudWatchMetrics[0].Namespace).toBe('FactService');
  });
});
