import { Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTableInput, tableDefinitions, tableNameEnv } from '../../store/tables.js';
import { createTestApp, removeTestApps } from './synthApp.js';

type Resources = Record<string, { Type: string; Properties: any; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;

const synth = (context: Record<string, unknown> = {}) => {
  const { app, stack } = createTestApp({ context });
  // Synthesizing the app runs the cdk-nag validation plugin: it throws on any unacknowledged finding.
  app.synth();
  const template = Template.fromStack(stack);
  return { template, resources: template.toJSON().Resources as Resources, stack };
};

const ofType = (resources: Resources, type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const refTo = (id: string) => ({ Ref: id });
const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const sortBy = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));

let dev: ReturnType<typeof synth>;
let prod: ReturnType<typeof synth>;

beforeAll(() => {
  dev = synth();
  prod = synth({ stage: 'prod', corsOrigins: 'https://facts.example.org,https://editor.example.org' });
}, 120_000);
afterAll(removeTestApps);

/** Logical id of the table built from a definition (there must be exactly one). */
function tableIdFor(resources: Resources, logicalName: string): string {
  const ids = ofType(resources, 'AWS::DynamoDB::Table').map(([id]) => id).filter((id) => id.startsWith(`Tables${logicalName}`));
  expect(ids).toHaveLength(1);
  return ids[0];
}

describe('DynamoDB tables', () => {
  it('are exactly the three of store/tables.ts', () => {
    expect(ofType(dev.resources, 'AWS::DynamoDB::Table')).toHaveLength(Object.keys(tableDefinitions).length);
  });

  for (const definition of Object.values(tableDefinitions)) {
    it(`${definition.logicalName}: keys and indexes equal the definition's CreateTable request`, () => {
      const table = dev.resources[tableIdFor(dev.resources, definition.logicalName)].Properties;
      const expected = createTableInput(definition, 'unused');
      expect(table.KeySchema).toEqual(expected.KeySchema);
      expect(sortBy(table.AttributeDefinitions, (a: any) => a.AttributeName)).toEqual(sortBy(expected.AttributeDefinitions!, (a) => a.AttributeName!));
      expect(sortBy(table.GlobalSecondaryIndexes, (i: any) => i.IndexName)).toEqual(sortBy(expected.GlobalSecondaryIndexes!, (i) => i.IndexName!));
      expect(table.BillingMode).toBe('PAY_PER_REQUEST');
      expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      // AWS-managed key (aws/dynamodb): KMS encryption enabled without a customer key.
      expect(table.SSESpecification).toEqual({ SSEEnabled: true });
    });
  }

  it('are protected and retained in prod, deletable in dev', () => {
    for (const [, table] of ofType(prod.resources, 'AWS::DynamoDB::Table')) {
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
    }
    for (const [, table] of ofType(dev.resources, 'AWS::DynamoDB::Table')) {
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
      expect(table.DeletionPolicy).toBe('Delete');
    }
  });
});

describe('the GraphQL function', () => {
  const graphqlFunction = (resources: Resources) => {
    // The GraphQL function, the ingest function (test/infra/articleIngestion.test.ts), and the code cache's producer,
    // publisher and CDK provider framework (below); no other custom-resource functions.
    expect(ofType(resources, 'AWS::Lambda::Function')).toHaveLength(5);
    const functions = ofType(resources, 'AWS::Lambda::Function').filter(([id]) => id.startsWith('GraphqlFunction'));
    expect(functions).toHaveLength(1);
    return functions[0];
  };

  it('runs Node.js 22 or later on arm64 with active tracing, source maps and its own log group', () => {
    const [, fn] = graphqlFunction(dev.resources);
    expect(Number(/^nodejs(\d+)\.x$/.exec(fn.Properties.Runtime)?.[1])).toBeGreaterThanOrEqual(22);
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toContain('--enable-source-maps');
    const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref;
    expect(dev.resources[logGroupId].Type).toBe('AWS::Logs::LogGroup');
  });

  it('is told the table names, the secret and the Powertools settings, and nothing secret', () => {
    const [, fn] = graphqlFunction(dev.resources);
    const env = fn.Properties.Environment.Variables;
    for (const definition of Object.values(tableDefinitions)) {
      expect(env[tableNameEnv[definition.id]]).toEqual(refTo(tableIdFor(dev.resources, definition.logicalName)));
    }
    const [[secretId]] = ofType(dev.resources, 'AWS::SecretsManager::Secret');
    expect(env.EDITOR_KEY_SECRET_ARN).toEqual(refTo(secretId));
    expect(env).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'fact-service',
      POWERTOOLS_METRICS_NAMESPACE: 'FactService',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      STAGE: 'dev',
    });
    // Logging the event would log the editor's Authorization header.
    expect(env.POWERTOOLS_LOGGER_LOG_EVENT).toBeUndefined();
    // No dynamic reference resolves the secret's value into the template (and so into the environment).
    expect(JSON.stringify(dev.template.toJSON())).not.toContain('resolve:secretsmanager');
  });

  it('has a role of its own that allows only the table actions and indexes it uses', () => {
    const [, fn] = graphqlFunction(dev.resources);
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    const role = dev.resources[roleId].Properties;
    expect(role.ManagedPolicyArns).toBeUndefined();
    const policies = ofType(dev.resources, 'AWS::IAM::Policy').filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId));
    const statements = policies.flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const actionsOf = (s: any): string[] => [s.Action].flat();
    const all = statements.flatMap(actionsOf);

    expect(all.filter((a) => a.includes('*'))).toEqual([]);
    expect(all).not.toContain('dynamodb:Scan');
    expect(new Set(all.filter((a) => a.startsWith('dynamodb:')))).toEqual(
      new Set(['dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem']),
    );

    // Table actions on the three tables by ARN; Query on each defined index by its full ARN, no index/*.
    const tableIds = Object.values(tableDefinitions).map((d) => tableIdFor(dev.resources, d.logicalName));
    const onTables = statements.filter((s) => actionsOf(s).includes('dynamodb:PutItem'));
    expect(onTables).toHaveLength(1);
    expect(sortBy(onTables[0].Resource, (r: any) => r['Fn::GetAtt'][0])).toEqual(sortBy(tableIds.map(arnOf), (r) => r['Fn::GetAtt'][0]));
    const indexResources = statements
      .filter((s) => actionsOf(s).every((a) => a === 'dynamodb:Query') && JSON.stringify(s.Resource).includes('/index/'))
      .flatMap((s) => [s.Resource].flat());
    const expectedIndexes = Object.values(tableDefinitions).flatMap((d) =>
      d.globalSecondaryIndexes.map((i) => ({ 'Fn::Join': ['', [arnOf(tableIdFor(dev.resources, d.logicalName)), `/index/${i.indexName}`]] })),
    );
    expect(sortBy(indexResources, (r) => JSON.stringify(r))).toEqual(sortBy(expectedIndexes, (r) => JSON.stringify(r)));

    // The secret's value and nothing else; logs only to its own log group; X-Ray (no resource-level permissions).
    const [[secretId]] = ofType(dev.resources, 'AWS::SecretsManager::Secret');
    const secretStatements = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('secretsmanager:')));
    expect(secretStatements).toEqual([{ Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: refTo(secretId) }]);
    const logStatements = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
    expect(logStatements.map((s) => s.Resource)).toEqual([arnOf(fn.Properties.LoggingConfig.LogGroup.Ref)]);
    const wildcardResources = statements.filter((s) => JSON.stringify(s.Resource) === '"*"');
    expect(wildcardResources.flatMap(actionsOf).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });
});

describe('the GraphQL function\'s code cache (infra/codeCacheLayer.ts)', () => {
  const parts = () => {
    const { stack, resources } = dev;
    const id = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as never);
    const graphqlId = id(stack.graphql.function);
    const producerId = id(stack.graphql.codeCache.producer.function);
    const [[resourceId, resource]] = ofType(resources, 'AWS::CloudFormation::CustomResource');
    return { graphqlId, producerId, graphql: resources[graphqlId], producer: resources[producerId], resourceId, resource };
  };
  const policyActionsOf = (roleId: string) => ofType(dev.resources, 'AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);

  it('is a layer of the function, published by a custom resource that the producer\'s every change re-runs', () => {
    const { graphql, producerId, resourceId, resource } = parts();
    expect(graphql.Properties.Layers).toEqual([{ 'Fn::GetAtt': [resourceId, 'LayerVersionArn'] }]);
    const [[versionId, version]] = ofType(dev.resources, 'AWS::Lambda::Version');
    expect(version.Properties.FunctionName).toEqual(refTo(producerId));
    expect(resource.Properties).toMatchObject({
      ProducerArn: arnOf(producerId),
      ProducerVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
      CompatibleRuntime: graphql.Properties.Runtime,
      CompatibleArchitecture: graphql.Properties.Architectures[0],
    });
    expect(JSON.parse(resource.Properties.WarmupEvents).length).toBeGreaterThanOrEqual(3);
  });

  it('is made by a twin of the function: same runtime, architecture, memory and environment, no layer, both on runtime updates with the function', () => {
    const { graphql, producer } = parts();
    for (const key of ['Runtime', 'Architectures', 'MemorySize', 'Environment', 'Handler']) expect(producer.Properties[key]).toEqual(graphql.Properties[key]);
    expect(producer.Properties.Layers).toBeUndefined();
    for (const fn of [graphql, producer]) expect(fn.Properties.RuntimeManagementConfig).toEqual({ UpdateRuntimeOn: 'FunctionUpdate' });
    // The ingest function keeps Lambda's automatic runtime updates.
    const others = ofType(dev.resources, 'AWS::Lambda::Function').filter(([, fn]) => fn !== graphql && fn !== producer);
    for (const [, fn] of others) expect(fn.Properties.RuntimeManagementConfig).toBeUndefined();
  });

  it('gives the producer reads only and the publisher only the producer and its own layer', () => {
    const { producer, resource } = parts();
    const producerActions = policyActionsOf(producer.Properties.Role['Fn::GetAtt'][0]).flatMap((s) => [s.Action].flat());
    expect(new Set(producerActions.filter((a: string) => !a.startsWith('logs:') && !a.startsWith('xray:')))).toEqual(new Set(['dynamodb:BatchGetItem', 'dynamodb:Query']));
    const [[publisherId]] = ofType(dev.resources, 'AWS::Lambda::Function').filter(([id]) => id.includes('Publisher'));
    const publisherRole = dev.resources[publisherId].Properties.Role['Fn::GetAtt'][0];
    const statements = policyActionsOf(publisherRole).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('lambda:')));
    const layerArn = (suffix: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':lambda:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:layer:${resource.Properties.LayerName}${suffix}`]] });
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['lambda:InvokeFunction', resource.Properties.ProducerArn],
      ['lambda:PublishLayerVersion', layerArn('')],
      ['lambda:DeleteLayerVersion', layerArn(':*')],
    ]);
  });
});

describe('the editor key secret', () => {
  it('is generated by Secrets Manager, and only its ARN leaves the stack', () => {
    const secrets = ofType(dev.resources, 'AWS::SecretsManager::Secret');
    expect(secrets).toHaveLength(1);
    const [[secretId, secret]] = secrets;
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 48, ExcludePunctuation: true });
    expect(secret.Properties.SecretString).toBeUndefined();
    const outputs = dev.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.EditorKeySecretArn.Value).toEqual(refTo(secretId));
    expect(ofType(prod.resources, 'AWS::SecretsManager::Secret')[0][1].DeletionPolicy).toBe('Retain');
  });
});

describe('the HTTP API', () => {
  it('routes GET and POST /graphql to the function with payload format 2.0', () => {
    const routes = ofType(dev.resources, 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey).sort();
    expect(routes).toEqual(['GET /graphql', 'POST /graphql']);
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
  });

  it('serves on the $default stage with default-route throttling and access logs', () => {
    const stages = ofType(dev.resources, 'AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    const stage = stages[0][1].Properties;
    expect(stage.StageName).toBe('$default');
    expect(stage.AutoDeploy).toBe(true);
    expect(stage.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: expect.any(Number), ThrottlingBurstLimit: expect.any(Number) });
    const logGroupId = stage.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    expect(dev.resources[logGroupId].Type).toBe('AWS::Logs::LogGroup');
    const format = JSON.parse(stage.AccessLogSettings.Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', routeKey: '$context.routeKey' });
  });

  it('allows the configured CORS origins', () => {
    const devApi = ofType(dev.resources, 'AWS::ApiGatewayV2::Api')[0][1].Properties;
    expect(devApi.CorsConfiguration.AllowOrigins).toEqual(['http://localhost:3000', 'http://localhost:4000', 'http://localhost:5173']);
    const prodApi = ofType(prod.resources, 'AWS::ApiGatewayV2::Api')[0][1].Properties;
    expect(prodApi.CorsConfiguration).toMatchObject({
      AllowOrigins: ['https://facts.example.org', 'https://editor.example.org'],
      AllowMethods: expect.arrayContaining(['GET', 'POST']),
      AllowHeaders: expect.arrayContaining(['authorization', 'content-type']),
    });
  });

  it('has no CORS configuration when no origin is configured', () => {
    const { resources } = synth({ stage: 'prod' });
    expect(ofType(resources, 'AWS::ApiGatewayV2::Api')[0][1].Properties.CorsConfiguration).toBeUndefined();
  });
});

describe('alarms', () => {
  const alarms = () => ofType(dev.resources, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);

  it('watch function errors and throttles, API 5xx and p99 latency, DynamoDB throttling and dead letters, all notifying the topic', () => {
    const [[topicId]] = ofType(dev.resources, 'AWS::SNS::Topic');
    const byMetric = (namespace: string, metricName: string) => alarms().filter((a) => a.Namespace === namespace && a.MetricName === metricName);
    // GraphQL and ingest functions; the ingest alarms and the dead-letter alarm are checked in articleIngestion.test.ts.
    expect(byMetric('AWS/Lambda', 'Errors')).toHaveLength(2);
    expect(byMetric('AWS/Lambda', 'Throttles')).toHaveLength(2);
    expect(byMetric('AWS/SQS', 'ApproximateNumberOfMessagesVisible')).toHaveLength(1);
    expect(byMetric('AWS/ApiGateway', '5xx')).toHaveLength(1);
    const latency = byMetric('AWS/ApiGateway', 'Latency');
    expect(latency).toHaveLength(1);
    expect(latency[0].ExtendedStatistic).toBe('p99');

    const dynamo = alarms().filter((a) => a.Metrics?.some((m: any) => m.MetricStat?.Metric.MetricName === 'ThrottledRequests'));
    expect(dynamo).toHaveLength(3);
    const watchedTables = dynamo.map((a) => a.Metrics.find((m: any) => m.MetricStat).MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'TableName').Value.Ref).sort();
    expect(watchedTables).toEqual(Object.values(tableDefinitions).map((d) => tableIdFor(dev.resources, d.logicalName)).sort());

    for (const alarm of alarms()) expect(alarm.AlarmActions).toEqual([refTo(topicId)]);
    expect(alarms()).toHaveLength(10);
  });
});

describe('logs', () => {
  it('every log group has a retention, longer in prod and retained there', () => {
    const retention = (resources: Resources) => ofType(resources, 'AWS::Logs::LogGroup').map(([, g]) => g.Properties.RetentionInDays);
    // GraphQL and ingest functions, API access logs, the code cache's producer, publisher and provider framework.
    expect(retention(dev.resources)).toHaveLength(6);
    expect(retention(dev.resources).every((days) => days === 14)).toBe(true);
    expect(retention(prod.resources).every((days) => days === 180)).toBe(true);
    for (const [, group] of ofType(prod.resources, 'AWS::Logs::LogGroup')) expect(group.DeletionPolicy).toBe('Retain');
  });
});

describe('stages and cdk-nag', () => {
  it('names the stack after the stage and rejects an unknown stage', () => {
    expect(dev.stack.stackName).toBe('FactService-dev');
    expect(prod.stack.stackName).toBe('FactService-prod');
    expect(() => createTestApp({ context: { stage: 'staging' } })).toThrow(/Unknown stage "staging"/);
  });

  it('fails the synth on a finding nobody acknowledged', () => {
    const { app, stack } = createTestApp();
    new Secret(stack, 'Unrotated');
    expect(() => app.synth()).toThrow(/AwsSolutions-SMG4/);
  });

  it('accepts an acknowledged finding', () => {
    const { app, stack } = createTestApp();
    const secret = new Secret(stack, 'Unrotated');
    Validations.of(secret).acknowledge({ id: 'AwsSolutions-SMG4', reason: 'test' });
    expect(() => app.synth()).not.toThrow();
  });
});
