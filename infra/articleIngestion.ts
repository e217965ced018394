/**
 * Bulk ingestion: editors drop articles (`.json` or `.txt`) in an S3 bucket, S3 announces each new
 * object on a queue, and the ingest function (`functions/ingest.ts`, the same pipeline as the
 * `ingestArticle` mutation) reads them in small batches, reporting failed messages one by one so
 * only they are retried; after three receives a message moves to the dead-letter queue.
 *
 * The notification is declared on the bucket itself (`NotificationConfiguration`), not through
 * CDK's `addEventNotification`, which adds a custom-resource Lambda function with
 * `s3:PutBucketNotification` on every bucket. S3 checks that it may send to the queue when the
 * bucket is created, so the bucket waits for the queue policy; that policy therefore cannot name
 * the bucket's ARN (a cycle) and admits S3 from this account only. The function can read nothing
 * but this bucket's objects, so a message about any other bucket fails and lands in the DLQ.
 */
import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TableId } from '../store/tables.js';
import type { FactTables } from './factTables.js';
import { ServiceFunction } from './serviceFunction.js';
import type { StageConfig } from './stageConfig.js';
import { type TableAccess, grantTableAccess } from './tableAccess.js';

/** Object names that are announced (S3 suffix filters are case-sensitive). */
export const ARTICLE_SUFFIXES = ['.json', '.txt'] as const;

/** A batch of 5 ingests in parallel; a long article takes a few seconds, so a minute is ample. */
export const INGEST_TIMEOUT = Duration.seconds(60);
/** AWS's advice for SQS event sources: at least six times the function timeout. */
export const QUEUE_VISIBILITY_TIMEOUT = Duration.seconds(INGEST_TIMEOUT.toSeconds() * 6);
export const MAX_RECEIVE_COUNT = 3;
export const INGEST_BATCH_SIZE = 5;
/** At most two batches at once (the lowest Lambda allows): bounds DynamoDB write bursts and name-claim races. */
export const INGEST_MAX_CONCURRENCY = 2;

/**
 * What ingestion sends (`ingest/` through `store/`): BatchGetItem on every table (sources,
 * records and name items by key), TransactWriteItems made of Put and Delete items (IAM checks
 * each item's PutItem/DeleteItem), and Query on the Statements table itself only to remove a
 * partly written article after a failed multi-transaction write. No index is read.
 * `test/infra/articleIngestion.test.ts` checks this against the commands an ingestion really sends.
 */
export const ingestTableAccess: Record<TableId, TableAccess> = {
  entities: { actions: ['BatchGetItem', 'PutItem', 'DeleteItem'], indexes: [] },
  officials: { actions: ['BatchGetItem', 'PutItem', 'DeleteItem'], indexes: [] },
  statements: { actions: ['BatchGetItem', 'Query', 'PutItem', 'DeleteItem'], indexes: [] },
};

export interface ArticleIngestionProps {
  config: StageConfig;
  tables: FactTables;
}

export class ArticleIngestion extends Construct {
  readonly bucket: Bucket;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly ingest: ServiceFunction;

  constructor(scope: Construct, id: string, { config, tables }: ArticleIngestionProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows; a standard queue's message keeps its first enqueue time when it
      // moves here, so this must outlast the source queue's retention.
      retentionPeriod: Duration.days(14),
      removalPolicy: config.removalPolicy,
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: QUEUE_VISIBILITY_TIMEOUT,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
      removalPolicy: config.removalPolicy,
    });

    // prod keeps the articles with the stack; dev deletes the bucket, which CloudFormation can only
    // do once it is empty (no autoDeleteObjects: that adds a custom-resource function).
    this.bucket = new Bucket(this, 'Articles', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: config.removalPolicy,
      autoDeleteObjects: false,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'An inbox of published news articles, written only by editors with IAM credentials (CloudTrail records '
        + 'who may write). Each object is logged by the ingest function as it is read (bucket, key, source id); a '
        + 'server access log bucket would hold nothing more useful and need the same exception itself.',
    });

    const { policyDependable } = this.queue.addToResourcePolicy(new PolicyStatement({
      sid: 'ArticleNotificationsFromS3',
      principals: [new ServicePrincipal('s3.amazonaws.com')],
      actions: ['sqs:SendMessage'],
      resources: [this.queue.queueArn],
      conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
    }));
    const cfnBucket = this.bucket.node.defaultChild as CfnBucket;
    cfnBucket.notificationConfiguration = {
      queueConfigurations: ARTICLE_SUFFIXES.map((suffix) => ({
        event: 's3:ObjectCreated:*',
        queue: this.queue.queueArn,
        filter: { s3Key: { rules: [{ name: 'suffix', value: suffix }] } },
      })),
    };
    if (policyDependable) cfnBucket.node.addDependency(policyDependable);

    this.ingest = new ServiceFunction(this, 'Ingest', {
      config,
      entry: 'ingest.ts',
      description: 'Fact service bulk ingestion: articles from S3 through SQS',
      // Extraction is CPU-bound, and Lambda gives CPU in proportion to memory.
      memorySize: 1024,
      timeout: INGEST_TIMEOUT,
      environment: tables.environment(),
    });
    for (const table of tables.all) grantTableAccess(this.ingest.role, table, ingestTableAccess[table.definition.id]);
    // Only reading objects: no listing, no bucket settings, no writes.
    this.ingest.role.addToPrincipalPolicy(new PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [this.bucket.arnForObjects('*')],
    }));
    Validations.of(this.ingest.role.node.findChild('DefaultPolicy')).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(cfnBucket)}.Arn>/*]`,
      reason: 'The function reads whichever article S3 announces, so it needs s3:GetObject on every object of the '
        + 'articles bucket (and only that action, only that bucket); object keys are not known in advance.',
    });
    // Grants sqs:ReceiveMessage, DeleteMessage, ChangeMessageVisibility, GetQueueAttributes, GetQueueUrl on this queue.
    this.ingest.function.addEventSource(new SqsEventSource(this.queue, {
      batchSize: INGEST_BATCH_SIZE,
      maxConcurrency: INGEST_MAX_CONCURRENCY,
      reportBatchItemFailures: true,
    }));

    new CfnOutput(stack, 'ArticlesBucketName', {
      description: 'Drop articles here (.json or .txt): aws s3 cp article.json s3://<bucket>/',
      value: this.bucket.bucketName,
    });
    new CfnOutput(stack, 'ArticleQueueUrl', { description: 'S3 notifications of new articles', value: this.queue.queueUrl });
    new CfnOutput(stack, 'ArticleDeadLetterQueueUrl', {
      description: 'Articles that failed three times; redrive with aws sqs start-message-move-task',
      value: this.deadLetterQueue.queueUrl,
    });
    new CfnOutput(stack, 'ArticleDeadLetterQueueArn', { value: this.deadLetterQueue.queueArn });
    new CfnOutput(stack, 'IngestFunctionName', { value: this.ingest.function.functionName });
    new CfnOutput(stack, 'IngestLogGroupName', { value: this.ingest.logGroup.logGroupName });
  }
}
