/**
 * Bulk ingestion in the template (synth without bundling, cdk-nag on): the articles bucket, the
 * queue and its dead-letter queue, the bucket's notifications to the queue, the event source
 * mapping with partial batch responses, the ingest function's role (exact actions and resources),
 * alarms and outputs. And the grant covers every DynamoDB command an ingestion really sends.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Context, SQSEvent } from 'aws-lambda';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_SUFFIXES,
  INGEST_BATCH_SIZE,
  INGEST_MAX_CONCURRENCY,
  INGEST_TIMEOUT,
  ingestTableAccess,
} from '../../infra/articleIngestion.js';
import { createArticleQueueHandler } from '../../functions/articleQueue.js';
import { tableDefinitions, tableNameEnv } from '../../store/tables.js';
import { createTestStore } from '../support/testStore.js';
import { createTestApp, removeTestApps } from './synthApp.js';

type Resource = { Type: string; Properties: any; DeletionPolicy?: string; UpdateReplacePolicy?: string; DependsOn?: string[] };
type Resources = Record<string, Resource>;

const synth = (context: Record<string, unknown> = {}) => {
  const { app, stack } = createTestApp({ context });
  app.synth(); // cdk-nag: throws on any unacknowledged finding
  const template = Template.fromStack(stack).toJSON();
  return { stack, resources: template.Resources as Resources, outputs: template.Outputs as Record<string, { Value: unknown }> };
};

const ofType = (resources: Resources, type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = (resources: Resources, type: string, idPrefix: string): [string, Resource] => {
  const found = ofType(resources, type).filter(([id]) => id.startsWith(idPrefix));
  expect(found, `${type} ${idPrefix}*`).toHaveLength(1);
  return found[0];
};
const refTo = (id: string) => ({ Ref: id });
const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const actionsOf = (statement: any): string[] => [statement.Action].flat();

let dev: ReturnType<typeof synth>;
let prod: ReturnType<typeof synth>;

beforeAll(() => {
  dev = synth();
  prod = synth({ stage: 'prod' });
}, 120_000);
afterAll(removeTestApps);

const bucketOf = ({ resources }: typeof dev) => only(resources, 'AWS::S3::Bucket', 'IngestionArticles');
const queueOf = ({ resources }: typeof dev) => only(resources, 'AWS::SQS::Queue', 'IngestionQueue');
const deadLetterQueueOf = ({ resources }: typeof dev) => only(resources, 'AWS::SQS::Queue', 'IngestionDeadLetterQueue');
const ingestFunctionOf = ({ resources }: typeof dev) => only(resources, 'AWS::Lambda::Function', 'IngestionIngestFunction');
const tableId = ({ resources }: typeof dev, logicalName: string) => only(resources, 'AWS::DynamoDB::Table', `Tables${logicalName}`)[0];

describe('the articles bucket', () => {
  it('blocks public access, encrypts with S3-managed keys and refuses plain HTTP', () => {
    const [bucketId, bucket] = bucketOf(dev);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ]);
    expect(bucket.Properties.OwnershipControls.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
    const [, policy] = only(dev.resources, 'AWS::S3::BucketPolicy', 'IngestionArticles');
    expect(policy.Properties.Bucket).toEqual(refTo(bucketId));
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(expect.objectContaining({
      Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    }));
  });

  it('is retained in prod and deleted with a dev stack, without a custom resource to empty it', () => {
    expect(bucketOf(prod)[1]).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(bucketOf(dev)[1]).toMatchObject({ DeletionPolicy: 'Delete' });
    expect(ofType(dev.resources, 'Custom::S3AutoDeleteObjects')).toEqual([]);
    expect(ofType(dev.resources, 'Custom::S3BucketNotifications')).toEqual([]);
  });

  it('announces new .json and .txt objects on the queue, once the queue lets S3 send', () => {
    const [queueId] = queueOf(dev);
    const [, bucket] = bucketOf(dev);
    expect(bucket.Properties.NotificationConfiguration).toEqual({
      QueueConfigurations: ARTICLE_SUFFIXES.map((suffix) => ({
        Event: 's3:ObjectCreated:*',
        Filter: { S3Key: { Rules: [{ Name: 'suffix', Value: suffix }] } },
        Queue: arnOf(queueId),
      })),
    });
    // S3 tests the destination when the configuration is set: the queue policy must exist first.
    const [policyId, policy] = only(dev.resources, 'AWS::SQS::QueuePolicy', 'IngestionQueuePolicy');
    expect(bucket.DependsOn).toContain(policyId);
    expect(policy.Properties.Queues).toEqual([refTo(queueId)]);
    const allows = policy.Properties.PolicyDocument.Statement.filter((s: any) => s.Effect === 'Allow');
    expect(allows).toEqual([{
      Sid: 'ArticleNotificationsFromS3',
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Resource: arnOf(queueId),
      Condition: { StringEquals: { 'aws:SourceAccount': refTo('AWS::AccountId') } },
    }]);
  });
});

describe('the queues', () => {
  it('encrypt with SQS-managed keys and refuse plain HTTP', () => {
    for (const [queueId, queue] of [queueOf(dev), deadLetterQueueOf(dev)]) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      const policies = ofType(dev.resources, 'AWS::SQS::QueuePolicy').filter(([, p]) => p.Properties.Queues.some((q: any) => q.Ref === queueId));
      expect(policies).toHaveLength(1);
      expect(policies[0][1].Properties.PolicyDocument.Statement).toContainEqual(expect.objectContaining({
        Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }));
    }
  });

  it('hide a message for six function timeouts, and move it to the dead-letter queue after 3 receives', () => {
    const [deadLetterId, deadLetter] = deadLetterQueueOf(dev);
    const [, queue] = queueOf(dev);
    const [, fn] = ingestFunctionOf(dev);
    expect(fn.Properties.Timeout).toBe(INGEST_TIMEOUT.toSeconds());
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fn.Properties.Timeout);
    expect(queue.Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: arnOf(deadLetterId), maxReceiveCount: 3 });
    expect(deadLetter.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    // A message keeps its first enqueue time in the DLQ: the DLQ must keep it longer than the queue did.
    expect(queue.Properties.MessageRetentionPeriod).toBeLessThan(deadLetter.Properties.MessageRetentionPeriod);
    expect(deadLetter.Properties.RedrivePolicy).toBeUndefined();
  });

  it('are retained in prod', () => {
    expect(queueOf(prod)[1].DeletionPolicy).toBe('Retain');
    expect(deadLetterQueueOf(prod)[1].DeletionPolicy).toBe('Retain');
  });
});

describe('the ingest function', () => {
  it('is built like every function: functions/ingest.ts, arm64, latest Node.js, tracing, source maps, Powertools, its log group', () => {
    const [, fn] = ingestFunctionOf(dev);
    const [, graphql] = only(dev.resources, 'AWS::Lambda::Function', 'GraphqlFunction');
    for (const key of ['Runtime', 'Architectures', 'TracingConfig', 'Handler'] as const) expect(fn.Properties[key]).toEqual(graphql.Properties[key]);
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    const env = fn.Properties.Environment.Variables;
    expect(env).toEqual({
      STAGE: 'dev',
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: 'fact-service',
      POWERTOOLS_METRICS_NAMESPACE: 'FactService',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      ...Object.fromEntries(Object.values(tableDefinitions).map((d) => [tableNameEnv[d.id], refTo(tableId(dev, d.logicalName))])),
    });
    const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref;
    expect(dev.resources[logGroupId]).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 14 } });
    expect(prod.resources[ingestFunctionOf(prod)[1].Properties.LoggingConfig.LogGroup.Ref]).toMatchObject({
      Properties: { RetentionInDays: 180 }, DeletionPolicy: 'Retain',
    });
  });

  it('reads the queue in small batches with partial batch responses and bounded concurrency', () => {
    const [functionId] = ingestFunctionOf(dev);
    const [queueId] = queueOf(dev);
    const mappings = ofType(dev.resources, 'AWS::Lambda::EventSourceMapping');
    expect(mappings).toHaveLength(1);
    expect(mappings[0][1].Properties).toEqual({
      EventSourceArn: arnOf(queueId),
      FunctionName: refTo(functionId),
      BatchSize: INGEST_BATCH_SIZE,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: INGEST_MAX_CONCURRENCY },
    });
    expect(INGEST_BATCH_SIZE).toBeLessThanOrEqual(10);
  });

  it('has a role that allows exactly what ingestion does, on exactly its resources', () => {
    const [, fn] = ingestFunctionOf(dev);
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    expect(dev.resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
    const policies = ofType(dev.resources, 'AWS::IAM::Policy').filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId));
    const statements = policies.flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
    const all = statements.flatMap(actionsOf);
    expect(all.filter((a) => a.includes('*'))).toEqual([]);
    expect(all).not.toContain('dynamodb:Scan');

    // DynamoDB: per table, exactly the granted actions on the table's ARN; no index at all.
    const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(JSON.stringify(dynamo)).not.toContain('/index/');
    for (const definition of Object.values(tableDefinitions)) {
      const arn = arnOf(tableId(dev, definition.logicalName));
      const onTable = dynamo.filter((s) => [s.Resource].flat().some((r: unknown) => JSON.stringify(r) === JSON.stringify(arn)));
      expect(new Set(onTable.flatMap(actionsOf)), definition.logicalName).toEqual(
        new Set(ingestTableAccess[definition.id].actions.map((a) => `dynamodb:${a}`)),
      );
    }
    expect(new Set(dynamo.flatMap(actionsOf))).toEqual(new Set(['dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem']));

    // S3: GetObject on the bucket's objects, nothing on the bucket itself, nothing else.
    const [bucketId] = bucketOf(dev);
    const s3 = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    expect(s3).toEqual([{ Action: 's3:GetObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', [arnOf(bucketId), '/*']] } }]);

    // SQS: consume this queue only (the event source mapping polls with the function's role).
    const [queueId] = queueOf(dev);
    const sqs = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('sqs:')));
    expect(sqs).toHaveLength(1);
    expect(sqs[0].Resource).toEqual(arnOf(queueId));
    expect(new Set(actionsOf(sqs[0]))).toEqual(new Set([
      'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl',
    ]));

    // Its own log group; X-Ray is the only "*" resource.
    const logs = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
    expect(logs.map((s) => s.Resource)).toEqual([arnOf(fn.Properties.LoggingConfig.LogGroup.Ref)]);
    const wildcardResources = statements.filter((s) => JSON.stringify(s.Resource) === '"*"');
    expect(wildcardResources.flatMap(actionsOf).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    expect(new Set(all.map((a) => a.split(':')[0]))).toEqual(new Set(['dynamodb', 's3', 'sqs', 'logs', 'xray']));
  });
});

describe('alarms and outputs', () => {
  it('alarm on the function\'s errors and throttles and on any message in the dead-letter queue', () => {
    const [functionId] = ingestFunctionOf(dev);
    const [deadLetterId] = deadLetterQueueOf(dev);
    const [[topicId]] = ofType(dev.resources, 'AWS::SNS::Topic');
    const alarms = ofType(dev.resources, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const onFunction = alarms.filter((a) => a.Dimensions?.some((d: any) => d.Name === 'FunctionName' && d.Value.Ref === functionId));
    expect(onFunction.map((a) => a.MetricName).sort()).toEqual(['Errors', 'Throttles']);
    const onDeadLetters = alarms.filter((a) => a.Namespace === 'AWS/SQS');
    expect(onDeadLetters).toEqual([expect.objectContaining({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterId, 'QueueName'] } }],
      Statistic: 'Maximum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [refTo(topicId)],
    })]);
  });

  it('name the bucket to drop articles in, the queues and the function', () => {
    expect(dev.outputs.ArticlesBucketName.Value).toEqual(refTo(bucketOf(dev)[0]));
    expect(dev.outputs.ArticleQueueUrl.Value).toEqual(refTo(queueOf(dev)[0]));
    expect(dev.outputs.ArticleDeadLetterQueueUrl.Value).toEqual(refTo(deadLetterQueueOf(dev)[0]));
    expect(dev.outputs.ArticleDeadLetterQueueArn.Value).toEqual(arnOf(deadLetterQueueOf(dev)[0]));
    expect(dev.outputs.IngestFunctionName.Value).toEqual(refTo(ingestFunctionOf(dev)[0]));
    expect(dev.outputs.IngestLogGroupName.Value).toEqual(refTo(ingestFunctionOf(dev)[1].Properties.LoggingConfig.LogGroup.Ref));
  });
});

describe('the DynamoDB grant against what ingestion sends', () => {
  it('covers every command of ingesting all the fixture articles twice (first time and again), with no index read', async () => {
    const t = await createTestStore({ seed: true });
    try {
      const articles = new URL('../../../shared/fixtures/articles/', import.meta.url);
      const files = readdirSync(articles).filter((name) => name.endsWith('.json'));
      const handler = createArticleQueueHandler({
        store: t.store,
        readObject: async (_bucket, key) => readFileSync(new URL(key, articles), 'utf8'),
        log: { info: () => {}, error: () => {} },
      });
      const event = { Records: files.map((key, i) => ({
        messageId: `m${i}`,
        body: JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'articles' }, object: { key } } }] }),
      })) } as unknown as SQSEvent;
      const context = { awsRequestId: 'grant-check', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;
      t.store.commandLog.clear();
      for (let round = 0; round < 2; round++) expect((await handler(event, context)).batchItemFailures).toEqual([]);

      const tableOf = Object.fromEntries(Object.entries(t.tableNames).map(([id, name]) => [name, id as keyof typeof ingestTableAccess]));
      const sent = t.store.commandLog.list();
      expect(sent.length).toBeGreaterThan(0);
      for (const entry of sent) {
        expect(entry.index, `${entry.command} on an index`).toBeUndefined();
        if (entry.command === 'TransactWriteItems') continue; // authorized item by item: PutItem/DeleteItem, granted on all tables
        for (const table of String(entry.table).split(',')) {
          expect(ingestTableAccess[tableOf[table]].actions, `${entry.command} on ${table}`).toContain(entry.command);
        }
      }
      for (const access of Object.values(ingestTableAccess)) expect(access.actions).toEqual(expect.arrayContaining(['PutItem', 'DeleteItem']));
    } finally {
      t.store.destroy();
    }
  }, 120_000);
});
