/**
 * The GraphQL Lambda function: the same yoga server as the local one (GraphiQL from its CDN), fed
 * API Gateway HTTP API v2 events. The store and the server are built once per execution
 * environment, during the init phase; the editor key is read from Secrets Manager when first needed.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createFactServer } from '../schema/server.js';
import { createStore } from '../store/index.js';
import { fetchCallFromEvent, resultFromResponse } from './apiGatewayV2.js';
import { deployedTableNames, requiredEnv } from './environment.js';
import { editorKeyFromSecret } from './editorKey.js';
import { instrumented, logger, metrics, serverLogger } from './observability.js';

const server = createFactServer({
  store: createStore({ tableNames: deployedTableNames() }),
  editorKey: editorKeyFromSecret(requiredEnv('EDITOR_KEY_SECRET_ARN')),
  graphiql: 'cdn',
  logger: serverLogger,
});
// Awaited by every invocation; this only keeps a failed init from being an unhandled rejection.
server.catch(() => {});

export const handler = instrumented(async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  logger.appendKeys({ apiRequestId: event.requestContext.requestId });
  const started = performance.now();
  const yoga = await server;
  const { url, init } = fetchCallFromEvent(event);
  const response = await yoga.fetch(url, init, {});
  const result = await resultFromResponse(response);
  metrics.addMetric(response.status >= 500 ? 'ServerErrorResponses' : response.status >= 400 ? 'ClientErrorResponses' : 'Responses', MetricUnit.Count, 1);
  logger.info('answered', { method: init.method, status: response.status, durationMs: Math.round(performance.now() - started) });
  return result;
});
