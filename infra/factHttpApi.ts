/**
 * The HTTP API in front of the GraphQL function: GET and POST /graphql on the `$default` stage
 * (yoga matches its endpoint literally, so no stage prefix in the path), CORS for the configured
 * origins (API Gateway answers preflights itself), default-route throttling and JSON access logs.
 */
import { CfnOutput, Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, type HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { StageConfig } from './stageConfig.js';

export const GRAPHQL_PATH = '/graphql';

/** One JSON object per request (queryable in Logs Insights); no headers, so no Authorization. */
const accessLogFormat = AccessLogFormat.custom(JSON.stringify({
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  method: '$context.httpMethod',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  lambdaRequestId: '$context.integration.requestId',
}));

export interface FactHttpApiProps {
  config: StageConfig;
  graphqlFunction: IFunction;
}

export class FactHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, { config, graphqlFunction }: FactHttpApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      apiName: `fact-service-${config.stage}`,
      description: `Fact service GraphQL API (${config.stage})`,
      createDefaultStage: false,
      ...(config.corsOrigins.length
        ? {
            corsPreflight: {
              allowOrigins: config.corsOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
              allowHeaders: ['content-type', 'authorization', 'x-request-id'],
              exposeHeaders: ['x-request-id'],
              maxAge: Duration.days(1),
            },
          }
        : {}),
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: config.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs), format: accessLogFormat },
    });
    const routes = this.api.addRoutes({
      path: GRAPHQL_PATH,
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('Graphql', graphqlFunction),
    });
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: 'Reads are public by design (the service publishes facts). Mutations need the editor key, which the '
          + 'GraphQL server checks per operation; an API Gateway authorizer cannot tell a query from a mutation in the '
          + 'same POST /graphql and would add a call to every public read.',
      });
    }

    new CfnOutput(scope, 'GraphqlUrl', {
      description: 'The GraphQL endpoint; open it in a browser for GraphiQL',
      value: `${this.api.apiEndpoint}${GRAPHQL_PATH}`,
    });
  }
}
