/**
 * CloudWatch alarms, all notifying one SNS topic (subscribe an email with `-c alarmEmail=...`):
 * function errors and throttles, API 5xx and p99 latency, DynamoDB throttled requests, and any
 * message waiting in a dead-letter queue.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { FactTable } from './factTables.js';
import type { StageConfig } from './stageConfig.js';

const period = Duration.minutes(5);

/** Every item operation (at most 10 metrics fit in one alarm); Scan and PartiQL are never sent. */
const itemOperations = [
  Operation.GET_ITEM, Operation.BATCH_GET_ITEM, Operation.QUERY, Operation.PUT_ITEM, Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM, Operation.BATCH_WRITE_ITEM, Operation.TRANSACT_WRITE_ITEMS, Operation.TRANSACT_GET_ITEMS,
];

export class FactAlarms extends Construct {
  readonly topic: Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, private readonly config: StageConfig) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: `Fact service alarms (${config.stage})`, enforceSSL: true });
    if (config.alarmEmail) this.topic.addSubscription(new EmailSubscription(config.alarmEmail));
    this.action = new SnsAction(this.topic);
    new CfnOutput(scope, 'AlarmTopicArn', { description: 'SNS topic the alarms notify', value: this.topic.topicArn });
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }

  /** Errors (crashes, timeouts: yoga answers GraphQL errors itself) and throttles of a function. */
  watchFunction(id: string, fn: IFunction): void {
    this.alarm(`${id}Errors`, fn.metricErrors({ period, statistic: 'Sum' }), 1, `${id} function invocations failed (uncaught error or timeout)`);
    this.alarm(`${id}Throttles`, fn.metricThrottles({ period, statistic: 'Sum' }), 1, `${id} function invocations were throttled`);
  }

  /** 5xx answers and p99 latency of the API stage. */
  watchApi(id: string, stage: HttpStage): void {
    this.alarm(`${id}ServerErrors`, stage.metricServerError({ period, statistic: 'Sum' }), 5, `${id} answered 5 or more 5xx in 5 minutes`);
    const threshold = this.config.latencyP99Threshold;
    this.alarm(
      `${id}LatencyP99`,
      stage.metricLatency({ period, statistic: 'p99' }),
      threshold.toMilliseconds(),
      `${id} p99 latency at or above ${threshold.toMilliseconds()} ms for 15 minutes`,
      3,
    );
  }

  /** Throttled requests of a table, over every item operation. */
  watchTable({ definition, table }: FactTable): void {
    this.alarm(
      `${definition.logicalName}ThrottledRequests`,
      table.metricThrottledRequestsForOperations({ operations: itemOperations, period }),
      1,
      `DynamoDB throttled requests on the ${definition.logicalName} table`,
    );
  }

  /** Any message visible in a dead-letter queue: something failed every retry and waits for a person. */
  watchDeadLetterQueue(id: string, queue: IQueue): void {
    this.alarm(
      `${id}Messages`,
      queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
      `${id}: a message failed every retry and is waiting in the dead-letter queue`,
    );
  }
}
